### ProblemText (es)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Tu sesión ha finalizado. Vuelve al comercio y abre de nuevo el portal de facturación.
problem-csrf-failed = Esta página ha estado abierta demasiado tiempo para enviarla de forma segura. Vuelve a cargar la página e inténtalo de nuevo.
problem-service-unavailable = Los servicios de facturación no responden en este momento. No se ha cambiado nada; vuelve a intentarlo en un minuto.
problem-not-allowed = Esta acción no está disponible en tu portal de facturación.
problem-rate-limited = Demasiados intentos en poco tiempo. Espera un minuto y vuelve a intentarlo.
problem-not-found = No hemos encontrado este elemento. Es posible que se haya eliminado; vuelve a cargar la página.
problem-required = Este campo es obligatorio.
problem-invalid-value = Este valor no es válido. Revísalo e inténtalo de nuevo.
problem-invalid-country = Elige un país de la lista.
problem-invalid-postal-code = Este código postal no es válido para el país que has elegido.
problem-invalid-state = Elige un estado, provincia o región que exista en el país que has elegido.
problem-tax-id-type-unsupported = Este tipo de identificador fiscal no se admite. Elige otro tipo.
problem-tax-id-invalid = Este identificador fiscal no tiene el formato correcto para su tipo. Consulta el ejemplo que aparece debajo del campo.
problem-tax-id-checksum-invalid = Este identificador fiscal tiene un error: sus dígitos de control no coinciden. Revisa cada carácter.
problem-tax-id-limit-reached = Has alcanzado el número máximo de identificadores fiscales. Elimina uno antes de añadir otro.
problem-already-exists = Ya has añadido este elemento.
problem-incorrect-number = Este número de tarjeta no es válido. Revisa los dígitos e inténtalo de nuevo.
problem-invalid-expiry-month = El mes de caducidad debe estar entre 01 y 12.
problem-invalid-expiry-year = El año de caducidad no es válido.
problem-expired-card = Esta tarjeta ha caducado. Usa otra tarjeta.
problem-invalid-cvc = El código de seguridad no es válido: son los 3 dígitos del reverso de la tarjeta (4 en el anverso en American Express).
problem-card-declined = Tu tarjeta ha sido rechazada. Usa otra tarjeta o ponte en contacto con tu banco.
problem-insufficient-funds = Tu tarjeta no tiene fondos suficientes. Usa otra tarjeta o ponte en contacto con tu banco.
problem-authentication-required = Tu banco te pide que confirmes esta tarjeta antes de poder usarla.
problem-authentication-failed = Tu banco no ha podido confirmar esta tarjeta. Inténtalo de nuevo o usa otra tarjeta.
problem-last-payment-method = Este es el único método de pago de tu suscripción activa. Añade primero otra tarjeta y, después, elimina esta.
problem-payment-method-missing = Añade primero un método de pago.
problem-invoice-not-payable = Esta factura no se puede pagar ahora: es posible que ya esté pagada o anulada. Vuelve a cargar la página.
problem-subscription-canceled = Esta suscripción ha finalizado y ya no se puede modificar.
problem-generic = Se ha producido un error y no se ha cambiado nada. Vuelve a intentarlo.
