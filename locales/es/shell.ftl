### Key (es)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portal de clientes de Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Ir al contenido principal
shell-footer = Pagos y facturación con Paylera.
shell-intro-lead = Aquí puedes gestionar tus suscripciones, facturas y métodos de pago con una empresa que te factura a través de Paylera.
shell-intro-how-to-reach = Llegas a este portal mediante un enlace seguro de tu comercio, la empresa a la que compras: busca un enlace «Gestionar facturación» o «Portal de facturación» en su aplicación, sitio web o correos. El enlace inicia tu sesión durante un rato; no hay ninguna contraseña de Paylera que recordar.
shell-signed-in-help = Cuando termines, vuelve a la empresa de la que vienes. Así termina tu visita; para volver, abre de nuevo su portal de facturación.
shell-return-to-merchant-button = Volver al comercio
shell-link-expired-heading = Este enlace ha caducado o ya se ha usado
shell-link-expired-advice = Por tu seguridad, cada enlace a este portal funciona una sola vez y durante poco tiempo. Vuelve a la empresa y abre de nuevo su portal de facturación para obtener un enlace nuevo.
shell-link-rate-limited-heading = Demasiados intentos, inténtalo de nuevo en un minuto
shell-link-rate-limited-advice = Hemos recibido demasiados intentos de abrir este portal. Espera un minuto y vuelve a cargar esta página.
shell-link-unavailable-heading = No pudimos abrir tu portal de facturación
shell-link-unavailable-advice = Nuestros servicios de facturación no respondieron. Vuelve a cargar esta página en unos minutos.
# Has the `{ $merchant }` placeholder.
shell-return-to = Volver a { $merchant }
shell-not-found-heading = Página no encontrada
shell-not-found-body = No encontramos la página que buscabas. Si seguiste un enlace de una empresa que te factura, puede que haya caducado: pídele uno nuevo.
shell-not-found-home-link = Ir a la página de inicio del portal
shell-module-subscription-title = Suscripción
shell-module-subscription-description = Cambia o cancela tu plan.
shell-module-payment-methods-title = Métodos de pago
shell-module-payment-methods-description = Añade o sustituye la tarjeta o la cuenta bancaria con la que pagas.
shell-module-invoices-title = Facturas
shell-module-invoices-description = Consulta y descarga tus facturas anteriores.
shell-module-tax-ids-title = Identificadores fiscales
shell-module-tax-ids-description = Añade o elimina los identificadores fiscales que aparecen en tus facturas.
shell-module-address-title = Dirección de facturación
shell-module-address-description = Actualiza la dirección de tus facturas.
