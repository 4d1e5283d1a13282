-- Credit codes without a lock held to the commit (issue 8: 50 applicants registering at once). The block's next number
-- was taken by UPDATE uscc_blocks, whose row lock every registration then held until it committed, so registrations
-- ran one after another. A sequence per block hands out numbers at once; a number taken by a transaction that is
-- rolled back is skipped, never reused (GB 32100 requires a code to be unique, not the numbers to be consecutive).
-- An issuer reads its block FOR SHARE, so a block is never altered under it, while issuers do not wait for each other.
ALTER TABLE uscc_blocks ADD COLUMN sequence_name text;
COMMENT ON COLUMN uscc_blocks.sequence_name IS 'The sequence the block''s numbers are taken from (nextval); next_seq is no longer written';
COMMENT ON TABLE uscc_blocks IS 'Organisation-code blocks assigned to the zone; numbers are taken from each block''s sequence';

CREATE SEQUENCE uscc_block_ma_seq MINVALUE 0 START WITH 0;
SELECT setval('uscc_block_ma_seq', next_seq, false) FROM uscc_blocks WHERE prefix = 'MA';
UPDATE uscc_blocks SET sequence_name = 'uscc_block_ma_seq' WHERE prefix = 'MA';
