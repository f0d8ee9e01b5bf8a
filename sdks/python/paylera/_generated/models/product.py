from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """Something a tenant sells.

    Attributes:
        active (bool): Archived products (`false`) cannot get new prices or subscriptions.
        created (datetime.datetime):
        features (list[str]): Selling points shown on plan pickers, in order.
        id (str): A product in a tenant's catalog.
        metadata (BTreeMap):
        name (str):
        object_ (str): Always `"product"`.
        rank (int):
        description (None | str | Unset):
        family (None | str | Unset): Products in the same family are alternatives (plans); moving to a higher
            `rank` within a family is an upgrade, to a lower one a downgrade.
    """

    active: bool
    created: datetime.datetime
    features: list[str]
    id: str
    metadata: BTreeMap
    name: str
    object_: str
    rank: int
    description: None | str | Unset = UNSET
    family: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created = self.created.isoformat()

        features = self.features

        id = self.id

        metadata = self.metadata.to_dict()

        name = self.name

        object_ = self.object_

        rank = self.rank

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        family: None | str | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        else:
            family = self.family

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created": created,
                "features": features,
                "id": id,
                "metadata": metadata,
                "name": name,
                "object": object_,
                "rank": rank,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if family is not UNSET:
            field_dict["family"] = family

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        features = cast(list[str], d.pop("features"))

        id = d.pop("id")

        metadata = BTreeMap.from_dict(d.pop("metadata"))

        name = d.pop("name")

        object_ = d.pop("object")

        rank = d.pop("rank")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_family(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        family = _parse_family(d.pop("family", UNSET))

        product = cls(
            active=active,
            created=created,
            features=features,
            id=id,
            metadata=metadata,
            name=name,
            object_=object_,
            rank=rank,
            description=description,
            family=family,
        )

        product.additional_properties = d
        return product

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
