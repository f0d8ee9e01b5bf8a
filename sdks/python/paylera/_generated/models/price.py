from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.product import Product
    from ..models.recurring import Recurring


T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """How much a product costs per billing period, in integer minor units.

    Attributes:
        active (bool): Archived prices (`false`) cannot be subscribed to.
        created (datetime.datetime):
        currency (Currency): A currency Paylera bills in: its lowercase ISO 4217 code. (Requests may write a code in any
            case.)
        id (str): A price of a product.
        metadata (BTreeMap):
        object_ (str): Always `"price"`.
        product (Product | str): An id; the whole object when named in `expand[]`.
        recurring (Recurring): The billing period of a price.
        unit_amount (int): Minor units (cents for `usd`, yen for `jpy`).
        nickname (None | str | Unset): A label for people (`"Pro monthly"`).
    """

    active: bool
    created: datetime.datetime
    currency: Currency
    id: str
    metadata: BTreeMap
    object_: str
    product: Product | str
    recurring: Recurring
    unit_amount: int
    nickname: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product import Product  # noqa: PLC0415

        active = self.active

        created = self.created.isoformat()

        currency = self.currency.value

        id = self.id

        metadata = self.metadata.to_dict()

        object_ = self.object_

        product: dict[str, Any] | str
        if isinstance(self.product, Product):
            product = self.product.to_dict()
        else:
            product = self.product

        recurring = self.recurring.to_dict()

        unit_amount = self.unit_amount

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created": created,
                "currency": currency,
                "id": id,
                "metadata": metadata,
                "object": object_,
                "product": product,
                "recurring": recurring,
                "unit_amount": unit_amount,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.recurring import Recurring  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        currency = Currency(d.pop("currency"))

        id = d.pop("id")

        metadata = BTreeMap.from_dict(d.pop("metadata"))

        object_ = d.pop("object")

        def _parse_product(data: object) -> Product | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_1 = Product.from_dict(data)

                return product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Product | str, data)

        product = _parse_product(d.pop("product"))

        recurring = Recurring.from_dict(d.pop("recurring"))

        unit_amount = d.pop("unit_amount")

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        price = cls(
            active=active,
            created=created,
            currency=currency,
            id=id,
            metadata=metadata,
            object_=object_,
            product=product,
            recurring=recurring,
            unit_amount=unit_amount,
            nickname=nickname,
        )

        price.additional_properties = d
        return price

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
