### HomeText (pl)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Przegląd rozliczeń
home-next-charge-label = Kolejna płatność
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } w dniu { $date }
home-manage-subscriptions = Zarządzaj subskrypcjami
home-default-card-label = Domyślna metoda płatności
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Ważna do { $date }
home-no-card = Nie masz jeszcze zapisanej metody płatności.
home-manage-cards = Zarządzaj metodami płatności
home-add-card = Dodaj kartę
home-billing-heading = Dane rozliczeniowe
home-name-label = Imię i nazwisko
home-email-label = E-mail
home-address-label = Adres rozliczeniowy
home-no-address = Nie masz jeszcze adresu rozliczeniowego.
home-edit-address = Zaktualizuj adres rozliczeniowy
home-tax-ids-label = Numery podatkowe
home-no-tax-ids = Brak
home-manage-tax-ids = Zarządzaj numerami podatkowymi
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktura { $number } na kwotę { $amount } jest nieopłacona.
home-pay-now = Zapłać teraz
home-latest-invoices = Najnowsze faktury
home-all-invoices = Zobacz wszystkie faktury
home-done-heading = Wszystko gotowe?
