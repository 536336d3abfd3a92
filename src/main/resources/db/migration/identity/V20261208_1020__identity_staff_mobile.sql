-- A staff member's mobile for the hall's text messages to staff (supervision's warnings and notices); optional.
alter table identity_staff_account add column mobile varchar(11);
