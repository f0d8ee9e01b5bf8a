from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.recurring_params import RecurringParams


T = TypeVar("T", bound="CreatePriceRequest")


@_attrs_define
class CreatePriceRequest:
    """`POST /v1/prices`. Amount, currency and period are immutable once created.

    Attributes:
        currency (str): ISO 4217 (`usd`, `EUR`, …). A string, not a [`Currency`]: an unknown code is
            the API's `invalid_currency` on `currency`, not a malformed body.
        product (str): The product (`prod_…`).
        recurring (RecurringParams): `recurring` in a create request.
        unit_amount (int): Minor units, ≥ 0.
        metadata (BTreeMap | None | Unset):
        nickname (None | str | Unset):
    """

    currency: str
    product: str
    recurring: RecurringParams
    unit_amount: int
    metadata: BTreeMap | None | Unset = UNSET
    nickname: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

        currency = self.currency

        product = self.product

        recurring = self.recurring.to_dict()

        unit_amount = self.unit_amount

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BTreeMap):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "product": product,
                "recurring": recurring,
                "unit_amount": unit_amount,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.recurring_params import RecurringParams  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")

        product = d.pop("product")

        recurring = RecurringParams.from_dict(d.pop("recurring"))

        unit_amount = d.pop("unit_amount")

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

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        create_price_request = cls(
            currency=currency,
            product=product,
            recurring=recurring,
            unit_amount=unit_amount,
            metadata=metadata,
            nickname=nickname,
        )

        return create_price_request
