-- Portal configurations as objects (issue 18, ADR 0014): a tenant has several named
-- configurations (`bpc_…`), exactly one of them its default (the partial unique
-- index), changed field by field with every change audited in the same transaction.
-- Every existing tenant gets its stored configuration, or the defaults (`{}` reads
-- as every field's default), as its default configuration.
alter table portal_configurations rename to portal_configurations_before_0012;

create table portal_configurations (
    seq           integer primary key autoincrement,
    id            text not null unique,
    tenant_id     text not null references tenants (id),
    name          text,
    is_default    integer not null,
    configuration text not null,
    created       bigint not null,
    updated       bigint not null
);
create index portal_configurations_tenant on portal_configurations (tenant_id, seq);
create unique index portal_configurations_one_default on portal_configurations (tenant_id) where is_default = 1;

insert into portal_configurations (id, tenant_id, name, is_default, configuration, created, updated)
select 'bpc_' || lower(hex(randomblob(12))), t.id, null, 1, coalesce(o.configuration, '{}'),
       coalesce(o.updated, t.created), coalesce(o.updated, t.created)
from tenants t left join portal_configurations_before_0012 o on o.tenant_id = t.id;

drop table portal_configurations_before_0012;

-- Who changed which configuration, when, and each field before and after (JSON).
create table portal_configuration_changes (
    seq              integer primary key autoincrement,
    tenant_id        text not null references tenants (id),
    configuration_id text not null references portal_configurations (id),
    actor            text not null,
    action           text not null,
    changes          text not null,
    created          bigint not null
);
create index portal_configuration_changes_configuration on portal_configuration_changes (configuration_id, seq);
