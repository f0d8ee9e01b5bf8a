from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.product import Product
    from ..models.subscription_change_preview import SubscriptionChangePreview


T = TypeVar("T", bound="ChangeOption")


@_attrs_define
class ChangeOption:
    """One price a subscription may change to.

    Attributes:
        preview (SubscriptionChangePreview): What a change would invoice, before the customer confirms it.
        price (Price): How much a product costs per billing period, in integer minor units.
        product (Product): Something a tenant sells.
    """

    preview: SubscriptionChangePreview
    price: Price
    product: Product
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview = self.preview.to_dict()

        price = self.price.to_dict()

        product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preview": preview,
                "price": price,
                "product": product,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.subscription_change_preview import SubscriptionChangePreview  # noqa: PLC0415

        d = dict(src_dict)
        preview = SubscriptionChangePreview.from_dict(d.pop("preview"))

        price = Price.from_dict(d.pop("price"))

        product = Product.from_dict(d.pop("product"))

        change_option = cls(
            preview=preview,
            price=price,
            product=product,
        )

        change_option.additional_properties = d
        return change_option

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
