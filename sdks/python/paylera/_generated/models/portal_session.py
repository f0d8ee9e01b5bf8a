from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locale import Locale
from ..models.portal_session_status import PortalSessionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.flow import Flow
    from ..models.portal_configuration_view import PortalConfigurationView
    from ..models.portal_session_summary import PortalSessionSummary


T = TypeVar("T", bound="PortalSession")


@_attrs_define
class PortalSession:
    """A portal session. `url` is only present in the response that created it.

    Attributes:
        configuration (PortalConfigurationView): A configuration as the API sends it: the settings, flat, with the
            values the API
            derives from them and the tenant's other rules (read-only: ignored when posted back).
        created (datetime.datetime):
        customer_id (str): An end customer of a tenant.
        expires_at (datetime.datetime): When the link stops working.
        id (str): `ps_…`
        locale (Locale): A language the portal speaks.
        object_ (str): Always `"portal.session"`.
        return_url (str):
        status (PortalSessionStatus): Where a portal session is in its life (the API's `domain::portal` moves it:
            `completed`, `expired` and `revoked` are final).
        customer_email (None | str | Unset): The customer's email, in the portal's own view of its session.
        customer_name (None | str | Unset): The customer's name, in the portal's own view of its session
            (`GET /v1/portal/session`), so the portal can name the account it signed in to.
        flow (Flow | None | Unset):
        metadata (BTreeMap | Unset):
        session_expires_at (datetime.datetime | None | Unset): When the session ends at the latest if the customer does
            nothing more (idle or
            absolute lifetime, whichever comes first); `null` once it has ended.
        summary (None | PortalSessionSummary | Unset):
        url (None | str | Unset): The single-use link (60 minutes). Only in the creating response.
    """

    configuration: PortalConfigurationView
    created: datetime.datetime
    customer_id: str
    expires_at: datetime.datetime
    id: str
    locale: Locale
    object_: str
    return_url: str
    status: PortalSessionStatus
    customer_email: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    flow: Flow | None | Unset = UNSET
    metadata: BTreeMap | Unset = UNSET
    session_expires_at: datetime.datetime | None | Unset = UNSET
    summary: None | PortalSessionSummary | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow import Flow  # noqa: PLC0415
        from ..models.portal_session_summary import PortalSessionSummary  # noqa: PLC0415

        configuration = self.configuration.to_dict()

        created = self.created.isoformat()

        customer_id = self.customer_id

        expires_at = self.expires_at.isoformat()

        id = self.id

        locale = self.locale.value

        object_ = self.object_

        return_url = self.return_url

        status = self.status.value

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, Flow):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        session_expires_at: None | str | Unset
        if isinstance(self.session_expires_at, Unset):
            session_expires_at = UNSET
        elif isinstance(self.session_expires_at, datetime.datetime):
            session_expires_at = self.session_expires_at.isoformat()
        else:
            session_expires_at = self.session_expires_at

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, PortalSessionSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
                "created": created,
                "customer_id": customer_id,
                "expires_at": expires_at,
                "id": id,
                "locale": locale,
                "object": object_,
                "return_url": return_url,
                "status": status,
            }
        )
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if flow is not UNSET:
            field_dict["flow"] = flow
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_expires_at is not UNSET:
            field_dict["session_expires_at"] = session_expires_at
        if summary is not UNSET:
            field_dict["summary"] = summary
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.flow import Flow  # noqa: PLC0415
        from ..models.portal_configuration_view import PortalConfigurationView  # noqa: PLC0415
        from ..models.portal_session_summary import PortalSessionSummary  # noqa: PLC0415

        d = dict(src_dict)
        configuration = PortalConfigurationView.from_dict(d.pop("configuration"))

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        customer_id = d.pop("customer_id")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at").replace("Z", "+00:00"))

        id = d.pop("id")

        locale = Locale(d.pop("locale"))

        object_ = d.pop("object")

        return_url = d.pop("return_url")

        status = PortalSessionStatus(d.pop("status"))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_flow(data: object) -> Flow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_0 = Flow.from_dict(data)

                return flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Flow | None | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: BTreeMap | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BTreeMap.from_dict(_metadata)

        def _parse_session_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_expires_at_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00")
                )

                return session_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        session_expires_at = _parse_session_expires_at(d.pop("session_expires_at", UNSET))

        def _parse_summary(data: object) -> None | PortalSessionSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = PortalSessionSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalSessionSummary | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        portal_session = cls(
            configuration=configuration,
            created=created,
            customer_id=customer_id,
            expires_at=expires_at,
            id=id,
            locale=locale,
            object_=object_,
            return_url=return_url,
            status=status,
            customer_email=customer_email,
            customer_name=customer_name,
            flow=flow,
            metadata=metadata,
            session_expires_at=session_expires_at,
            summary=summary,
            url=url,
        )

        portal_session.additional_properties = d
        return portal_session

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
