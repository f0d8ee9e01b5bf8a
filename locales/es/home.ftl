### HomeText (es)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Resumen de facturación
home-next-charge-label = Próximo cargo
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } el { $date }
home-manage-subscriptions = Gestionar suscripciones
home-default-card-label = Método de pago predeterminado
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Caduca: { $date }
home-no-card = Todavía no tienes ningún método de pago guardado.
home-manage-cards = Gestionar métodos de pago
home-add-card = Añadir una tarjeta
home-billing-heading = Datos de facturación
home-name-label = Nombre
home-email-label = Correo electrónico
home-address-label = Dirección de facturación
home-no-address = Todavía no tienes dirección de facturación.
home-edit-address = Actualizar la dirección de facturación
home-tax-ids-label = Identificadores fiscales
home-no-tax-ids = Ninguno
home-manage-tax-ids = Gestionar identificadores fiscales
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = La factura { $number } de { $amount } está pendiente de pago.
home-pay-now = Pagar ahora
home-latest-invoices = Últimas facturas
home-all-invoices = Ver todas las facturas
home-done-heading = ¿Has terminado?
