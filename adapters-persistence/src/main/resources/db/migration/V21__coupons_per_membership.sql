-- A person who works for two companies holds a code of each: the validity of both can end on the
-- same day, so one code per account, kind and validity refused the second company's code for good.
ALTER TABLE coupons DROP CONSTRAINT coupons_one_per_period;
ALTER TABLE coupons ADD CONSTRAINT coupons_one_per_period UNIQUE (account_id, company_id, kind, valid_until);
