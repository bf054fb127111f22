-- The results answer names the certificate (or attestation) they issued, so an officer finds it over HTTP.
alter table registration add column certificate_number text;
update registration r set certificate_number = (
    select c.number from certificate c where c.candidate_id = r.candidate_id and c.issued_on >= coalesce(r.decided_on, c.issued_on)
    order by c.issued_on, c.number limit 1)
where r.status = 'RESULTED' and r.outcome <> 'FAILED';
