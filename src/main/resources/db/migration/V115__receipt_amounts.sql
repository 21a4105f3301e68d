-- What a receipt (or a lost receipt's statement) says was paid, in its own ISO 4217 currency: the money spent
alter table budget_receipts add column amount numeric(14, 2) check (amount > 0);
alter table budget_receipts add column currency char(3);
alter table budget_receipts add constraint budget_receipts_amount_has_currency check ((amount is null) = (currency is null));
