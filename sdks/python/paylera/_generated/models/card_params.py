from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardParams")


@_attrs_define
class CardParams:
    """Card details as entered. `Debug` shows only the last four digits.

    Attributes:
        exp_month (int):
        exp_year (int): Four digits (two are accepted).
        number (str): The card number (spaces and dashes allowed).
        cvc (None | str | Unset):
    """

    exp_month: int
    exp_year: int
    number: str
    cvc: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exp_month = self.exp_month

        exp_year = self.exp_year

        number = self.number

        cvc: None | str | Unset
        if isinstance(self.cvc, Unset):
            cvc = UNSET
        else:
            cvc = self.cvc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "exp_month": exp_month,
                "exp_year": exp_year,
                "number": number,
            }
        )
        if cvc is not UNSET:
            field_dict["cvc"] = cvc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exp_month = d.pop("exp_month")

        exp_year = d.pop("exp_year")

        number = d.pop("number")

        def _parse_cvc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cvc = _parse_cvc(d.pop("cvc", UNSET))

        card_params = cls(
            exp_month=exp_month,
            exp_year=exp_year,
            number=number,
            cvc=cvc,
        )

        return card_params
