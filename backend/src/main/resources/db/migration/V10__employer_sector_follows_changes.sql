-- A placement's facts carry its employer's sector (the breakdown by sector reads them): when an employer's sector
-- changes, the facts of the placements with that employer are rebuilt as well.
create or replace function stat_on_employer_change() returns trigger language plpgsql as $$
begin
    if not stat_deferred() then
        perform stat_refresh_employers(array(select id from new_rows));
        perform stat_refresh_mentees(array(
            select distinct p.mentee_id
            from placement p
            join new_rows n on n.id = p.employer_id
            join old_rows o on o.id = n.id
            where o.sector is distinct from n.sector));
    end if;
    return null;
end $$;

drop trigger stat_employer_updated on employer;
create trigger stat_employer_updated after update on employer
    referencing old table as old_rows new table as new_rows
    for each statement execute function stat_on_employer_change();
