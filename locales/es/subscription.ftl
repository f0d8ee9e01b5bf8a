### SubscriptionText (es)
## The subscription pages' texts.

subscription-no-subscription = No tienes ninguna suscripción con este comercio.
subscription-ended-heading = Suscripciones finalizadas
subscription-price-label = Precio
subscription-quantity-label = Cantidad
subscription-status-label = Estado
subscription-renews-on = Se renueva el
subscription-ends-on = Finaliza el
subscription-ended-on = Finalizó el
subscription-pending-label = Cambios pendientes
subscription-pending-cancel = Finaliza el { $date } en lugar de renovarse. Mantienes el acceso hasta entonces.
subscription-pending-downgrade = Cambia a { $plan } × { $quantity } el { $date }.
subscription-per-day = { $amount } al día
subscription-per-week = { $amount } a la semana
subscription-per-month = { $amount } al mes
subscription-per-year = { $amount } al año
subscription-every-days = { $amount } cada { $count } días
subscription-every-weeks = { $amount } cada { $count } semanas
subscription-every-months = { $amount } cada { $count } meses
subscription-every-years = { $amount } cada { $count } años
subscription-status-trialing = Prueba gratuita
subscription-status-active = Activa
subscription-status-past-due = Pago vencido
subscription-status-unpaid = Impagada
subscription-status-canceled = Cancelada
subscription-change-link = Cambiar { $plan }
subscription-cancel-plan = Cancelar { $plan }
subscription-reactivate-plan = Mantener { $plan }
subscription-resubscribe-plan = Volver a suscribirse a { $plan }
subscription-done-changed = Se ha cambiado tu plan.
subscription-done-scheduled = Tu cambio se aplicará al final del periodo actual.
subscription-done-canceled = Se ha cancelado tu suscripción.
subscription-done-reactivated = Tu suscripción se renovará con normalidad.
subscription-done-resubscribed = Vuelves a estar suscrito.
subscription-change-heading = Cambiar de plan
subscription-choose-plan-legend = Plan
subscription-current-plan = Plan actual
subscription-upgrade = Mejora
subscription-downgrade = Reducción
subscription-review-button = Revisar el cambio
subscription-no-other-plan = No se ofrece ningún otro plan para esta suscripción.
subscription-review-heading = Revisa tu cambio
subscription-new-plan-label = Nuevo plan
subscription-item-header = Concepto
subscription-amount-header = Importe
subscription-line-unused = Tiempo no utilizado de { $quantity } × { $plan }
subscription-line-remaining = Tiempo restante de { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } hasta el { $date }
subscription-total-label = Total
subscription-credit-applied-label = Crédito de tu saldo
subscription-due-now-label = A pagar ahora
subscription-credit-added-label = Crédito añadido a tu saldo para tus próximas facturas
subscription-next-renewal = Después, { $price }; el próximo cargo será el { $date }.
subscription-scheduled-note = Este cambio se aplica el { $date }. Ahora no se cobra nada.
subscription-no-change = Ya tienes este plan y esta cantidad.
subscription-confirm-change = Confirmar el cambio
subscription-choose-another = Elegir otro plan
subscription-cancel-heading = Cancelar la suscripción
subscription-access-until = Si cancelas, { $plan } seguirá activo hasta el { $date } y después finalizará. No se te volverá a cobrar.
subscription-access-ends-now = Si cancelas, { $plan } finaliza de inmediato y pierdes el acceso ahora.
subscription-reason-legend = ¿Por qué cancelas? (opcional)
subscription-comment-label = ¿Algo más que quieras contarnos? (opcional)
subscription-keep-subscription = Mantener mi suscripción
subscription-already-canceling = Esta suscripción ya finaliza el { $date }.
subscription-already-ended = Esta suscripción ha finalizado.
subscription-reason-too-expensive = Es demasiado caro
subscription-reason-missing-features = Faltan funciones que necesito
subscription-reason-switched-service = Me cambio a otro servicio
subscription-reason-unused = No lo uso lo suficiente
subscription-reason-customer-service = No estoy satisfecho con la atención al cliente
subscription-reason-too-complex = Es demasiado complicado
subscription-reason-low-quality = La calidad no es suficiente
subscription-reason-other = Otro motivo
subscription-status-paused = Pausada
subscription-resumes-on = Se reanuda el
subscription-pending-pause = La facturación se pausa el { $start } y se reanuda el { $resume }.
subscription-pause-plan = Pausar { $plan }
subscription-resume-plan = Reanudar { $plan } ahora
subscription-resume-note = Si reanudas ahora, hoy empieza un nuevo periodo de facturación, que se cobra de inmediato.
subscription-keep-billing = No pausar { $plan }
subscription-done-paused = Tu suscripción se pausará al final del periodo actual.
subscription-done-resumed = Tu suscripción vuelve a facturarse.
subscription-pause-heading = Pausar la suscripción
subscription-pause-explain = La facturación se pausa cuando termina tu periodo actual, el { $date }. Hasta entonces no cambia nada; durante la pausa no se cobra nada. La facturación se reanuda sola cuando termina la pausa, o antes cuando tú quieras.
subscription-pause-legend = Pausar durante
subscription-pause-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }
subscription-pause-months =
    { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
subscription-pause-years =
    { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
subscription-already-pausing = Esta suscripción ya tiene una pausa: la facturación se reanuda el { $date }.
subscription-cannot-pause = Esta suscripción no se puede pausar ahora: solo se puede pausar una suscripción activa, facturada por adelantado y sin una cancelación pendiente.
subscription-offer-heading = Antes de irte
subscription-offer-discount =
    { $count ->
        [one] Quédate con { $plan } y obtén un { $percent } % de descuento en tu próxima factura.
       *[other] Quédate con { $plan } y obtén un { $percent } % de descuento en tus próximas { $count } facturas.
    }
subscription-offer-pause = En su lugar, pausa { $plan } durante { $length }: la facturación se pausa el { $date }, mientras tanto no se cobra nada y después se reanuda sola.
subscription-accept-offer = Aceptar la oferta
subscription-decline-offer = No, gracias, cancelar { $plan }
subscription-done-retained = Gracias por quedarte. La oferta se ha aplicado a tu suscripción.
subscription-discount-label = Descuento
subscription-discount-running =
    { $count ->
        [one] { $percent } % de descuento en la próxima factura
       *[other] { $percent } % de descuento en las próximas { $count } facturas
    }
