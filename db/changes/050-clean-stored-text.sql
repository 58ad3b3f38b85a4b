--liquibase formatted sql

--changeset adviestracker:050-clean-stored-text splitStatements:false
-- Texts stored before the text rule (nl.adviestracker.shared.TextRule) may hold control characters
-- that XML cannot carry, so their letters, feeds and exports could not be made. As the rule does for
-- new input: vertical tab, form feed, CR and CRLF become LF; the other C0 controls (all but TAB and
-- LF), U+FFFE and U+FFFF are removed. Sent letters (letter_version) stay exactly as they were sent.
do $$
declare
    target text[];
    targets text[][] := array[
        ['advisory_body', 'name'], ['advisory_body', 'short_name'], ['advisory_body', 'contact_name'],
        ['advisory_body', 'postal_address'], ['project_group', 'name'],
        ['advice', 'subject'], ['advice', 'their_reference'], ['advice', 'our_reference'], ['advice', 'theme'],
        ['advice', 'department'], ['advice', 'portfolio_holder'], ['advice', 'introduction'],
        ['advice', 'conclusion'],
        ['point', 'label'], ['point', 'text'], ['point', 'document_reference'],
        ['response', 'paraphrase'], ['response', 'text'], ['response', 'reason'],
        ['followup', 'description'], ['followup', 'owner'], ['followup_note', 'text'],
        ['followup_transition', 'reason'], ['followup_evidence', 'description'], ['followup_evidence', 'url'],
        ['followup_evidence', 'file_name'], ['followup_body_informed', 'note'],
        ['letter_text', 'subject'], ['letter_text', 'salutation'], ['letter_text', 'opening'],
        ['letter_text', 'closing'], ['letter_text', 'phone'], ['letter_text', 'attachments'],
        ['advice_due_date_extension', 'reason'],
        ['advice_request', 'subject'], ['advice_request', 'question'], ['advice_request', 'decision'],
        ['advice_request', 'department'], ['advice_request', 'document_name'],
        ['app_user', 'name']];
begin
    foreach target slice 1 in array targets loop
        execute format(
            $sql$update %1$I set %2$I = regexp_replace(
                         regexp_replace(%2$I, E'\r\n|[\r\x0B\x0C]', E'\n', 'g'),
                         E'[\x01-\x08\x0E-\x1F\uFFFE\uFFFF]', '', 'g')
                 where %2$I ~ E'[\x01-\x08\x0B-\x1F\uFFFE\uFFFF]'$sql$,
            target[1], target[2]);
    end loop;
end
$$;
