-- Files a tenant uploads (issue 17, point 4: the merchant's logo on invoices):
-- `POST /v1/files` checks the contents (PNG or JPEG by magic bytes, size, pixels, a full
-- decode) before they are written here; `business_profile.logo` of the billing settings
-- names one by id. The metadata has its own columns: `GET /v1/files/{id}` reads no bytes.
create table files (
    seq          bigint generated always as identity primary key,
    id           text not null unique,
    tenant_id    text not null references tenants (id),
    purpose      text not null,
    kind         text not null,
    size         bigint not null,
    width        bigint not null,
    height       bigint not null,
    contents     bytea not null,
    created      bigint not null
);
create index files_tenant on files (tenant_id, seq);
