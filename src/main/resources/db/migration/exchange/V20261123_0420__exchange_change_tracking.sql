-- Every change to a base-register row takes the next change number, so consumers can sync "since cursor".
create function exchange_touch_change() returns trigger language plpgsql as $$
begin
    new.change_seq := nextval('exchange_change_seq');
    new.updated_at := now();
    return new;
end;
$$;

create trigger exchange_person_changed before update on exchange_person
    for each row execute function exchange_touch_change();

create trigger exchange_legal_person_changed before update on exchange_legal_person
    for each row execute function exchange_touch_change();
