from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.create_portal_session_request_flow_type_0 import (
        CreatePortalSessionRequestFlowType0,
    )


T = TypeVar("T", bound="CreatePortalSessionRequest")


@_attrs_define
class CreatePortalSessionRequest:
    """`POST /v1/portal/sessions`.

    Attributes:
        customer_id (str):
        configuration (Any | Unset): The configuration: an id (`"bpc_…"`), or overrides on the tenant's default
            configuration (`{"subscription_cancel_enabled": false, …}`, the flat `*_enabled`
            names), or overrides on a named one (`{"id": "bpc_…", …}`); absent, the default.
            Overrides follow `ConfigurationChange` (`null` resets a field to its default).
        flow (CreatePortalSessionRequestFlowType0 | None | Unset): A deep link: `{"type": "payment_method_update" |
            "subscription_cancel" |
            "subscription_update" | "subscription_update_confirm", "subscription": "sub_…",
            "after_completion": {"type": "redirect" | "hosted_confirmation" | "portal_homepage", …}}`.
        locale (None | str | Unset): A supported locale, or `auto` (default): the customer's preferred locales, then
            `Accept-Language`, then the tenant's default, then `en`. A string, not a
            [`Locale`]: it also takes `auto` and any tag that negotiates to a supported
            locale (`FR-ca` → `fr`); the API refuses the rest on `locale`.
        metadata (BTreeMap | None | Unset):
        return_url (None | str | Unset): Where "Return to merchant" leads; defaults to the configuration's
            `default_return_url`.
    """

    customer_id: str
    configuration: Any | Unset = UNSET
    flow: CreatePortalSessionRequestFlowType0 | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    metadata: BTreeMap | None | Unset = UNSET
    return_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.create_portal_session_request_flow_type_0 import (
            CreatePortalSessionRequestFlowType0,  # noqa: PLC0415
        )

        customer_id = self.customer_id

        configuration = self.configuration

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, CreatePortalSessionRequestFlowType0):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BTreeMap):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if flow is not UNSET:
            field_dict["flow"] = flow
        if locale is not UNSET:
            field_dict["locale"] = locale
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.create_portal_session_request_flow_type_0 import (
            CreatePortalSessionRequestFlowType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        configuration = d.pop("configuration", UNSET)

        def _parse_flow(data: object) -> CreatePortalSessionRequestFlowType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_0 = CreatePortalSessionRequestFlowType0.from_dict(data)

                return flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreatePortalSessionRequestFlowType0 | None | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_metadata(data: object) -> BTreeMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BTreeMap.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BTreeMap | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        create_portal_session_request = cls(
            customer_id=customer_id,
            configuration=configuration,
            flow=flow,
            locale=locale,
            metadata=metadata,
            return_url=return_url,
        )

        return create_portal_session_request
