-- Issue 10: "now" is the suite clock's (simulated time moves it), never the database's: the code sets created_at.
alter table idempotency_key alter column created_at drop default;
