// The printable form of an electronic business licence (issue 6): drawn on request from the stored signed document,
// never stored itself, so the PDF always shows exactly what was signed. Its QR code opens the public verification page
// of that version; the key id and the signature are printed so a reader can check the JSON by hand.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import type { LicenceView } from '../../../schemas/licences.ts';
import { cjkFonts, pdfBytes } from '../../pdf/cjk-fonts.ts';

/** 2026-11-24 → 2026年11月24日, as dates are written on a paper licence. */
function zhDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

function zhCapital(yuan: number): string {
  return `人民币 ${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(yuan)} 元`;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const LABEL_WIDTH = 104;
const QR_SIZE = 104;
const INK = '#1f1f1f';
const RED = '#a8071a';

/** The licence as a PDF; `verifyUrl` is what its QR code encodes (the request's origin + the version's page). */
export async function renderLicencePdf(licence: LicenceView, verifyUrl: string): Promise<Buffer> {
  const { regular, bold } = cjkFonts();
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  const d = licence.document;
  const issuedAt = new Date(licence.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: regular as unknown as string, // pdfkit takes font bytes here, as in font(); its types say string only
    info: {
      Title: `营业执照（电子） ${d.name}`,
      Subject: `Business Licence (electronic) ${d.uscc} v${d.version}`,
      Author: d.registrationAuthority,
      Creator: 'zimao',
      CreationDate: issuedAt,
    },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const finished = pdfBytes(doc);

  // The frame of the paper licence.
  doc.lineWidth(2).strokeColor(RED).rect(28, 28, PAGE.width - 56, PAGE.height - 56).stroke();
  doc.lineWidth(0.5).rect(34, 34, PAGE.width - 68, PAGE.height - 68).stroke();

  doc.fillColor(INK).font('bold').fontSize(28).text('营业执照（电子）', MARGIN, 64, { align: 'center', width: PAGE.width - 2 * MARGIN });
  doc.font('regular').fontSize(11).fillColor('#595959').text('Business Licence (electronic)', { align: 'center', width: PAGE.width - 2 * MARGIN });

  const qrX = PAGE.width - MARGIN - QR_SIZE;
  const qrY = 128;
  doc.image(qr, qrX, qrY, { width: QR_SIZE, height: QR_SIZE });
  doc.fontSize(7).fillColor('#595959').text('扫码核验 Scan to verify', qrX, qrY + QR_SIZE + 4, { width: QR_SIZE, align: 'center' });

  doc.fillColor(INK).font('bold').fontSize(11).text('统一社会信用代码', MARGIN, qrY + 8);
  doc.font('regular').fontSize(15).text(d.uscc, MARGIN, qrY + 26, { characterSpacing: 1 });
  doc.fontSize(9).fillColor('#595959').text(`第 ${d.version} 版 · Version ${d.version}`, MARGIN, qrY + 50);

  // An individual business's licence names its operator and composition form, its registration day and premises.
  const person: [string, string][] = d.individualBusiness
    ? [['经 营 者', d.legalRepresentative], ['组成形式', d.individualBusiness.compositionForm], ['注册日期', zhDate(d.establishedOn)], ['经营场所', d.domicile]]
    : [['法定代表人', d.legalRepresentative], ['注册资本', zhCapital(d.registeredCapitalYuan)], ['成立日期', zhDate(d.establishedOn)], ['住　　所', d.domicile]];
  const rows: [string, string][] = [
    ['名　　称', d.name],
    ['类　　型', d.entityType],
    ...person,
    ['经营范围', d.businessScope],
    ['多证合一', d.integratedCertificates.length > 0 ? d.integratedCertificates.join('、') : '—'],
    ['登记机关', d.registrationAuthority],
    ['发照日期', zhDate(d.issuedOn)],
  ];
  let y = qrY + QR_SIZE + 36;
  const valueX = MARGIN + LABEL_WIDTH;
  const valueWidth = PAGE.width - MARGIN - valueX;
  for (const [label, value] of rows) {
    doc.font('regular').fontSize(11);
    const height = Math.max(doc.heightOfString(value, { width: valueWidth, lineGap: 3 }), 14);
    if (y + height > PAGE.height - MARGIN - 110) {
      doc.addPage();
      y = MARGIN;
    }
    doc.font('bold').fillColor(INK).text(label, MARGIN, y, { width: LABEL_WIDTH - 8 });
    doc.font('regular').text(value, valueX, y, { width: valueWidth, lineGap: 3 });
    y += height + 10;
  }

  if (!licence.current) {
    const when = licence.supersededAt ? `，${zhDate(civilDateInShanghai(new Date(licence.supersededAt)))}起` : '';
    doc.font('bold').fontSize(11).fillColor(RED).text(`此版本已被更新的营业执照取代${when}，请以最新版本为准。This version has been superseded.`, MARGIN, y, {
      width: PAGE.width - 2 * MARGIN,
    });
    y = doc.y + 8;
  }

  // Small print: what a reader needs to check the signed JSON without zimao's page.
  const footerY = Math.max(y + 8, PAGE.height - MARGIN - 96);
  const small = { width: PAGE.width - 2 * MARGIN, lineGap: 1 };
  doc.font('regular').fontSize(7).fillColor('#595959');
  doc.text('电子营业执照与纸质营业执照具有同等法律效力。The electronic business licence has the same legal effect as the paper licence.', MARGIN, footerY, small);
  doc.text(`核验地址 Verify at: ${verifyUrl}`, small);
  doc.text(`签名算法 Algorithm: Ed25519 over the canonical JSON of the licence (keys sorted, UTF-8)　密钥标识 Key id: ${licence.keyId}`, small);
  doc.text(`签名 Signature (base64url): ${licence.signature}`, small);
  doc.text(`公钥 Public keys: /api/licences/keys　签发时间 Issued at: ${licence.issuedAt}`, small);

  doc.end();
  return finished;
}
