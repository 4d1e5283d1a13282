// The reasons an admission check gives (domain-rules §2), each with its legal basis. All are built before any
// check runs — the procedure reasons here, the edition's and each measure's when the edition is prepared — so
// a check only picks frozen objects. Index [0] of a pair applies before 2020-01-01, [1] from that day (the
// Foreign Investment Law replaced FIE approval and recordation with information reports).
import type { AdmissionReason, AdmissionReasonCode } from './admission-check-result.ts';
import type { NegativeListEdition } from './negative-list-edition.ts';

export const FIL_IN_FORCE = '2020-01-01';

const TRIAL_MEASURES_12 = '中国（重庆）自由贸易试验区管理试行办法第十二条 (Trial Measures Art. 12)';
const FIE_RECORDATION = '外商投资企业设立及变更备案管理暂行办法 (MOFCOM interim recordation measures, 2016, amended 2017/2018)';
const FIE_LAWS = '中外合资经营企业法、中外合作经营企业法、外资企业法 (FIE laws, in force until 2019-12-31)';

export type ReasonPair = readonly [beforeFil: AdmissionReason, fromFil: AdmissionReason];

// Guarantees: a frozen reason.
export function reason(code: AdmissionReasonCode, zh: string, en: string, legalBasis: string): AdmissionReason {
  return Object.freeze({ code, zh, en, legalBasis });
}

/** NL-30, the procedures that do not depend on the edition. */
export const PROCEDURE_REASONS = {
  approval: reason(
    'NL-30',
    '限制类领域，准入条件已满足：由商务主管部门审批设立（行业许可另行办理）',
    'restricted field, conditions met: establishment approval (审批) by the commerce department, plus any sector licence',
    `${TRIAL_MEASURES_12}; ${FIE_LAWS}`,
  ),
  recordation: reason(
    'NL-30',
    '负面清单以外领域：外商投资企业设立及变更实行备案管理',
    'field outside the list: the establishment and changes of the foreign-invested enterprise are recorded (备案)',
    `${TRIAL_MEASURES_12}; ${FIE_RECORDATION}`,
  ),
  informationReportRestricted: reason(
    'NL-30',
    '限制类领域，准入条件已满足：不再单独审批，准入条件在企业登记时一并核验，投资信息通过企业登记系统报送（行业许可、项目核准依法另行办理）',
    "restricted field, conditions met: no separate approval; the restriction's conditions are checked in the registration itself and the investment information is reported through the registration system (sector licences and project approval still apply)",
    '外商投资法第四条、第二十八条、第三十四条 (Foreign Investment Law Arts. 4, 28, 34)',
  ),
  informationReportNotListed: reason(
    'NL-30',
    '负面清单以外领域：按照内外资一致原则管理，投资信息通过企业登记系统和企业信用信息公示系统报送',
    'field outside the list: administered on equal terms; the investment information is reported through the registration and publicity systems',
    '外商投资法第四条、第二十八条、第三十四条 (Foreign Investment Law Arts. 4, 28, 34)',
  ),
} as const;

/** The reasons that cite the edition in force. */
export interface EditionReasons {
  readonly notListed: AdmissionReason;
  readonly individualForm: AdmissionReason;
  readonly partnership: AdmissionReason;
  readonly controlReading: AdmissionReason;
  /** §2.6: a reconstructed edition cannot answer not-listed with confidence for sections B, M and R. */
  readonly uncertainNotListed: AdmissionReason;
  readonly refuseProhibited: ReasonPair;
  readonly refuseNotCompliant: ReasonPair;
  /** foreignShare 0: not a foreign investment. */
  readonly domestic: ReasonPair;
}

// Guarantees: the edition's reasons, each citing the edition's instrument (its explanatory notes where the
// rule comes from them: NL-10, NL-11, NL-12).
export function editionReasons(e: NegativeListEdition): EditionReasons {
  const list = `${e.titleZh} (${e.instrument})`;
  const notes = `${e.titleZh}说明 (${e.instrument}, explanatory notes)`;
  const unidentified = e.measures.filter((m) => 'identified' in m).length;
  const fil28 = '外商投资法第二十八条 (Foreign Investment Law Art. 28)';
  return {
    notListed: reason('NL-10', '所涉行业不在负面清单内，按照内外资一致原则实施管理', 'the industry is not on the list: domestic and foreign investors are administered on equal terms', notes),
    individualForm: reason(
      'NL-11',
      '外国投资者不得作为个体工商户、个人独资企业投资人从事投资经营活动，与所涉行业无关',
      'a foreign investor may not act as an individual business or as the investor of a sole-proprietorship enterprise, whatever the industry',
      notes,
    ),
    partnership: reason('NL-12', '有股权要求的领域，不得设立外商投资合伙企业', 'no foreign-invested partnership may be set up in a field with an equity condition', notes),
    controlReading: reason(
      'NL-16',
      '中方控股按中方合计持股超过 50% 判断（现行工作口径）；原《外商投资产业指导目录》以中方合计持股 51% 及以上为中方控股，更为严格，以主管部门确认为准',
      'Chinese control is read as a combined Chinese share above 50% (working reading); the former Foreign Investment Industrial Guidance Catalogue required 51% or more, which is stricter — to be confirmed with the authority',
      `${notes}; 外商投资产业指导目录 (Foreign Investment Industrial Guidance Catalogue)`,
    ),
    uncertainNotListed: reason(
      'NL-01',
      `${e.code} 版清单系重建而非转录${unidentified > 0 ? `（${unidentified} 项措施未能识别）` : ''}，对采矿业（B）、科学研究和技术服务业（M）、文化体育和娱乐业（R）“不在清单内”的结论不确定，须以官方附件核对`,
      `the ${e.code} edition is reconstructed, not transcribed${unidentified > 0 ? ` (${unidentified} measure${unidentified === 1 ? '' : 's'} unidentified)` : ''}: "not listed" is not certain for sections B, M and R; check against the official annex`,
      list,
    ),
    refuseProhibited: [
      reason('NL-30', '禁止类领域：不予办理外商投资企业设立、登记和许可', 'prohibited field: no establishment, registration or licence', list),
      reason('NL-30', '禁止类领域：外国投资者不得投资，不予办理登记和许可', 'prohibited field: foreign investors may not invest; no registration or licence', `${fil28}; ${list}`),
    ],
    refuseNotCompliant: [
      reason('NL-30', '不符合负面清单及其说明的要求：不予办理设立、登记、许可和项目核准', 'the list or its explanatory notes are not met: no establishment, registration, licence or project approval', notes),
      reason('NL-30', '不符合负面清单及其说明的要求：不予办理登记、许可和项目核准', 'the list or its explanatory notes are not met: no registration, licence or project approval', `${fil28}; ${notes}`),
    ],
    domestic: [
      reason(
        'NL-10',
        '无外资持股，不属于外商投资，不适用外商投资准入负面清单；按负面清单以外领域的程序（备案）办理',
        'no foreign share: not a foreign investment, the list does not apply; the procedure is that of a field outside the list (recordation)',
        `${notes}; ${TRIAL_MEASURES_12}`,
      ),
      reason(
        'NL-10',
        '无外资持股，不属于外商投资，不适用外商投资准入负面清单；按负面清单以外领域的程序（信息报告）办理',
        'no foreign share: not a foreign investment, the list does not apply; the procedure is that of a field outside the list (information report)',
        `外商投资法第二条、第四条 (Foreign Investment Law Arts. 2, 4); ${notes}`,
      ),
    ],
  };
}
