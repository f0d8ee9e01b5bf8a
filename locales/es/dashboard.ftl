### DashboardText (es)
## The merchant dashboard: sign-in, navigation, "Settings → Customer portal".
## Read by a merchant's team, not by customers. Spoken in en, fr, de, es and ja.

dashboard-product = Panel de Paylera
dashboard-skip-link = Ir al contenido
dashboard-nav-label = Panel
dashboard-nav-home = Inicio
dashboard-nav-portal-settings = Portal de clientes
dashboard-test-mode = Modo de prueba
dashboard-test-mode-hint = Los cambios realizados aquí usan sus datos de prueba; los datos reales requieren una clave de API de producción.
dashboard-sign-out = Cerrar sesión
dashboard-language-label = Idioma
dashboard-language-apply = Cambiar
dashboard-role-owner = Propietario
dashboard-role-admin = Administrador
dashboard-role-viewer = Lector
dashboard-back-home = Volver al panel
dashboard-not-found-heading = Página no encontrada
dashboard-not-found-text = No hay nada en esta dirección. Compruebe el enlace o empiece de nuevo desde el panel.
dashboard-forbidden-heading = Acción no permitida
dashboard-forbidden-text = Su rol no permite esta acción. Consulte a un propietario de su equipo.
dashboard-unavailable-heading = Se ha producido un error
dashboard-unavailable-text = El panel no ha podido conectarse con Paylera en este momento. No se ha modificado nada. Vuelva a intentarlo en unos instantes.
dashboard-form-refused-heading = No se ha podido enviar este formulario
dashboard-form-refused-text = El formulario no procede de una página de este panel o la página es demasiado antigua. Vuelva atrás, recargue la página e inténtelo de nuevo.
dashboard-form-too-large = El formulario era demasiado grande para poder leerlo. No se ha modificado nada.
dashboard-sign-in-heading = Iniciar sesión
dashboard-sign-in-help = ¿No tiene una cuenta? Pida una invitación a un propietario de su equipo.
dashboard-email-label = Correo electrónico
dashboard-password-label = Contraseña
dashboard-totp-label = Código de autenticación
dashboard-totp-hint = El código de 6 dígitos de su aplicación de autenticación.
dashboard-sign-in-button = Iniciar sesión
dashboard-sign-in-failed = El correo electrónico o la contraseña no son correctos.
dashboard-account-locked = Demasiados intentos fallidos: esta cuenta está bloqueada durante 15 minutos. Vuelva a intentarlo más tarde.
dashboard-totp-required = Vuelva a introducir su contraseña junto con el código de su aplicación de autenticación.
dashboard-totp-invalid = Ese código no es correcto o ya se ha utilizado. Introduzca su contraseña y un código nuevo.
dashboard-session-ended = Su sesión ha finalizado. Vuelva a iniciar sesión para continuar.
dashboard-signed-out = Ha cerrado sesión.
dashboard-invitation-heading = Únase a su equipo
dashboard-invitation-lead = Elija una contraseña para unirse a su equipo en el panel de Paylera.
dashboard-your-name-label = Su nombre (opcional)
dashboard-new-password-label = Contraseña
dashboard-new-password-hint = Al menos 12 caracteres. Las frases de contraseña largas son las mejores; se rechazan las contraseñas comunes o filtradas.
dashboard-accept-invitation = Unirse al equipo
dashboard-password-too-weak = Esta contraseña es demasiado fácil de adivinar. Elija una más larga que no use en ningún otro sitio.
dashboard-invitation-invalid = Esta invitación no es válida: ya se usó, caducó o el enlace está incompleto. Pida una nueva a un propietario de su equipo.
# `{ $name }` is the team member's name, or their email.
dashboard-home-greeting = Le damos la bienvenida, { $name }
# `{ $business }` is the merchant's business name; `{ $role }` a role ("Owner").
dashboard-home-lead = Ha iniciado sesión en { $business } con el rol { $role }.
dashboard-home-portal-settings = Elija qué pueden hacer sus clientes en el portal de clientes y qué aspecto tiene.
dashboard-portal-settings-lead = Elija qué pueden hacer sus clientes en el portal y qué aspecto tiene. La vista previa muestra cada cambio antes de guardarlo.
dashboard-configurations-heading = Configuraciones
dashboard-default-badge = Predeterminada
# `{ $id }` is the configuration's id ("bpc_…"), for the API.
dashboard-configuration-id-hint = Para usar esta configuración en una sesión del portal, pase "configuration": "{ $id }" al crear la sesión.
dashboard-new-configuration-name = Nombre de la nueva configuración
dashboard-new-configuration = Crear configuración
dashboard-viewer-note = Con el rol de lector, puede ver estos ajustes, pero no modificarlos.
dashboard-saved = Se han guardado los cambios. Las nuevas sesiones del portal los utilizarán.
dashboard-form-has-problems = No se han podido guardar algunos ajustes. Revise los mensajes que aparecen a continuación.
dashboard-number-expected = Introduzca un número entero.
dashboard-name-label = Nombre (solo lo ve su equipo)
dashboard-group-subscriptions = Suscripciones
dashboard-switch-update = Los clientes pueden cambiar de plan
dashboard-switch-update-hint = Pasar a un plan superior o inferior, o cambiar la cantidad.
dashboard-switch-downgrades = Mostrar planes inferiores
dashboard-switch-downgrades-hint = Si está desactivado, los clientes solo ven planes más caros.
dashboard-allowed-prices-label = Planes a los que pueden cambiar los clientes
dashboard-allowed-prices-hint = Deje todo sin marcar para ofrecer todos los planes activos.
dashboard-switch-pause = Los clientes pueden pausar su suscripción
dashboard-switch-pause-hint = La facturación se detiene al final del período pagado y se reanuda automáticamente.
dashboard-pause-max-label = Pausa máxima, en períodos de facturación (1–12)
dashboard-group-cancellation = Cancelación
dashboard-switch-cancel = Los clientes pueden cancelar
dashboard-switch-cancel-hint = También pueden reactivar la suscripción hasta el final del período.
dashboard-cancel-mode-label = Cuándo se hace efectiva una cancelación
dashboard-cancel-at-period-end = Al final del período de facturación
dashboard-cancel-immediately = Inmediatamente
dashboard-switch-reasons = Preguntar el motivo de la cancelación
dashboard-switch-reasons-hint = Los clientes eligen uno de los motivos marcados a continuación.
dashboard-reasons-caption = Motivos ofrecidos y lo que usted ofrece en lugar de la cancelación
dashboard-reason-column = Motivo
dashboard-offer-column = Oferta
dashboard-percent-column = Descuento (%)
dashboard-periods-column = Períodos
dashboard-offer-none = Ninguna oferta
dashboard-offer-discount = Un descuento
dashboard-offer-pause = Una pausa
# `{ $reason }` is a cancellation reason ("It's too expensive").
dashboard-offer-for = Oferta para «{ $reason }»
dashboard-percent-for = Porcentaje de descuento para «{ $reason }»
dashboard-periods-for = Número de períodos para «{ $reason }»
dashboard-group-billing = Métodos de pago, facturas y datos de facturación
dashboard-switch-cards = Los clientes pueden gestionar sus métodos de pago
dashboard-switch-cards-hint = Añadir y eliminar tarjetas, y elegir la predeterminada.
dashboard-switch-invoices = Los clientes pueden ver sus facturas
dashboard-switch-invoices-hint = Ver la lista de facturas, descargar los PDF y pagar las que no se pudieron cobrar.
dashboard-switch-tax-ids = Los clientes pueden gestionar sus identificadores fiscales
dashboard-switch-tax-ids-hint = Añadir y eliminar números de registro fiscal.
dashboard-switch-address = Los clientes pueden actualizar su dirección de facturación
dashboard-switch-address-hint = La dirección que aparecerá en sus próximas facturas.
dashboard-group-branding = Empresa e imagen de marca
dashboard-business-name-label = Nombre de la empresa (vacío: el nombre de su cuenta)
dashboard-headline-label = Titular
dashboard-logo-url-label = URL del logotipo (https)
dashboard-accent-label = Color de acento
# `{ $ratio }` is a contrast ratio ("4.5").
dashboard-contrast-ok = Contraste con la página: { $ratio }:1. Los botones y enlaces se siguen viendo con facilidad.
dashboard-contrast-low = Contraste con la página: solo { $ratio }:1. Los botones y enlaces necesitan al menos 3:1 para verse con facilidad; elija un color más oscuro.
dashboard-privacy-label = URL de la política de privacidad (https)
dashboard-terms-label = URL de las condiciones del servicio (https)
dashboard-group-return = Retorno e idioma
dashboard-return-url-label = URL de retorno predeterminada
dashboard-origins-label = Orígenes de retorno permitidos
dashboard-origins-hint = Uno por línea, por ejemplo https://shop.example. Si se indican, la URL de retorno de una sesión debe empezar por uno de ellos.
dashboard-default-locale-label = Idioma predeterminado
dashboard-default-locale-auto = Lo decide el navegador del cliente
dashboard-save = Guardar cambios
dashboard-preview-button = Actualizar la vista previa
dashboard-preview-heading = Vista previa
dashboard-preview-hint = El portal tal como lo verán sus clientes, con datos de ejemplo.
dashboard-history-heading = Historial
dashboard-history-empty = Todavía no hay cambios.
dashboard-history-when = Fecha
dashboard-history-who = Autor
dashboard-history-what = Cambio

## Webhooks y claves de API.
dashboard-nav-webhooks = Webhooks
dashboard-nav-api-keys = Claves de API
dashboard-secret-once-hint = Cópielo ahora y guárdelo en un lugar seguro: solo se muestra una vez y solo se almacena su hash.
dashboard-webhooks-lead = Paylera envía un evento a cada endpoint por cada cambio, firmado con el secreto del endpoint (Standard Webhooks).
dashboard-add-endpoint-heading = Añadir un endpoint
dashboard-endpoint-url-label = URL del endpoint
dashboard-endpoint-description-label = Descripción
dashboard-endpoint-all-events = El endpoint recibe todos los tipos de eventos.
dashboard-add-endpoint = Añadir endpoint
dashboard-status-column = Estado
dashboard-events-column = Eventos
dashboard-endpoint-enabled = Activado
dashboard-endpoint-disabled = Desactivado
dashboard-endpoint-id-label = ID del endpoint
dashboard-back-to-webhooks = Todos los endpoints
dashboard-signing-secret-new = El secreto de firma del endpoint
dashboard-signing-secret-rotated = El nuevo secreto de firma del endpoint
# `{ $event }` is an event id ("evt_…").
dashboard-test-event-sent = Se está enviando un evento de prueba ({ $event }) a este endpoint. Aparecerá en el registro de entregas de abajo en cuanto se haya intentado entregarlo.
# `{ $event }` is an event id ("evt_…").
dashboard-event-resent = El evento { $event } se está volviendo a enviar.
# `{ $when }` is a date and time.
dashboard-previous-secret-until = El secreto anterior también firma las entregas hasta el { $when }.
dashboard-send-test-event = Enviar evento de prueba
dashboard-overlap-label = El secreto anterior sigue funcionando
dashboard-overlap-none = En ningún momento
dashboard-overlap-hour = Durante una hora
dashboard-overlap-day = Durante un día
dashboard-overlap-week = Durante una semana
dashboard-rotate-secret = Renovar el secreto
dashboard-delivery-log = Registro de entregas
dashboard-event-column = Evento
dashboard-result-column = Resultado
dashboard-latency-column = Duración
dashboard-actions-column = Acciones
dashboard-attempt-succeeded = Entregado
dashboard-attempt-failed = Fallido
# `{ $event }` is an event id ("evt_…").
dashboard-resend-event = Reenviar { $event }
dashboard-api-keys-lead = Las claves secretas permiten que sus servidores llamen a la API de Paylera. Renueve una clave para sustituirla sin interrupciones del servicio; revóquela si puede haberse filtrado.
# `{ $name }` is the key's name or its hint.
dashboard-key-created = El secreto de la nueva clave { $name }
# `{ $name }` is the key's name or its hint.
dashboard-key-rolled = El secreto de { $name }, que sustituye a la clave renovada
dashboard-key-revoked = La clave está revocada: a partir de ahora se rechazan las solicitudes realizadas con ella.
# `{ $when }` is a date and time.
dashboard-key-revoked-at = Revocada el { $when }
# `{ $when }` is a date and time.
dashboard-key-expires-at = Deja de funcionar el { $when }
dashboard-mode-test = Prueba
dashboard-mode-live = Producción
# `{ $name }` is the key's name or its hint.
dashboard-roll-key = Renovar { $name }
# `{ $name }` is the key's name or its hint.
dashboard-revoke-key = Revocar { $name }
dashboard-new-key-heading = Crear una clave
dashboard-key-name-label = Nombre
dashboard-key-mode-label = Modo
dashboard-create-key = Crear clave
dashboard-key-hint-column = Clave
dashboard-key-created-column = Creada
dashboard-key-ends-column = Finaliza

## Customers, portal sessions and events.
dashboard-nav-customers = Clientes
dashboard-nav-portal-sessions = Sesiones del portal
dashboard-nav-events = Eventos
dashboard-customers-lead = Busca un cliente por su correo electrónico o su ID para ver su facturación, y abre el portal como él para ayudarle.
dashboard-customer-search-label = Correo electrónico o ID de cliente
dashboard-customer-search = Buscar
dashboard-customers-none = Ningún cliente coincide.
dashboard-name-column = Nombre
dashboard-email-column = Correo electrónico
dashboard-created-column = Creado
dashboard-customer-id-label = ID de cliente
dashboard-billing-address-label = Dirección de facturación
dashboard-credit-balance-label = Saldo a favor
dashboard-all-customers = Todos los clientes
dashboard-open-portal-heading = Abrir el portal como este cliente
dashboard-open-portal-lead = Crea una sesión del portal para este cliente, como lo haría tu servidor, con tu configuración predeterminada. Lo que cambies allí queda registrado como hecho en esa sesión.
dashboard-open-portal = Abrir el portal como este cliente
# `{ $name }` is the customer's name or email.
dashboard-portal-link-ready = Una sesión del portal para { $name } está lista
dashboard-open-portal-link = Abrir el portal
dashboard-portal-link-hint = El enlace funciona una sola vez, durante 60 minutos, y actúa como este cliente: no lo compartas.
dashboard-none-yet = Ninguno todavía.
dashboard-subscriptions-heading = Suscripciones
dashboard-plan-column = Plan
dashboard-period-end-column = Fin del periodo actual
dashboard-invoices-heading = Facturas
dashboard-number-column = Número
dashboard-total-column = Total
dashboard-payment-methods-heading = Métodos de pago
dashboard-card-column = Tarjeta
dashboard-expires-column = Vence
dashboard-tax-ids-heading = Identificadores fiscales
dashboard-type-column = Tipo
dashboard-value-column = Valor
dashboard-next-page = Página siguiente
dashboard-sessions-lead = Las sesiones del portal creadas para tus clientes, de la más reciente a la más antigua, con lo que cada cliente hizo en ellas.
dashboard-all-statuses = Todos los estados
dashboard-filter = Filtrar
dashboard-customer-column = Cliente
dashboard-session-actions-column = Lo que hizo el cliente
dashboard-session-id-column = ID de sesión
dashboard-no-actions = Sin cambios
dashboard-session-actions-details = Cada cambio
dashboard-session-created = Aún no abierta
dashboard-session-opened = Abierta
dashboard-session-completed = Completada
dashboard-session-expired = Caducada
dashboard-session-revoked = Revocada
dashboard-events-lead = Cada cambio de tu cuenta, del más reciente al más antiguo, tal como lo reciben tus endpoints de webhook.
dashboard-event-type-label = Tipo de evento
dashboard-all-types = Todos los tipos
dashboard-source-column = Origen
dashboard-all-events = Todos los eventos
dashboard-event-id-label = ID de evento
dashboard-event-payload-heading = Contenido
dashboard-source-portal = Portal del cliente
dashboard-source-system = Paylera
dashboard-source-api = API

## The team and two-step sign-in.
dashboard-nav-team = Equipo
dashboard-team-lead = Las personas que pueden iniciar sesión en este panel y lo que cada una puede hacer.
dashboard-role-column = Rol
dashboard-two-step-column = Inicio de sesión en dos pasos
dashboard-last-sign-in-column = Último inicio de sesión
dashboard-never = Nunca
dashboard-on = Activado
dashboard-off = Desactivado
dashboard-invite-heading = Invitar a alguien
dashboard-invite-lead = Obtienes un enlace para enviárselo tú mismo: funciona una vez, durante 7 días, y le permite elegir su contraseña.
dashboard-role-hint = Los lectores solo consultan. Los administradores también cambian la configuración, los webhooks y las claves de API. Los propietarios también gestionan el equipo.
dashboard-invite = Crear enlace de invitación
# `{ $email }` is the invited person's email.
dashboard-invitation-link-label = El enlace de invitación para { $email }
dashboard-totp-heading = Tu inicio de sesión en dos pasos
dashboard-totp-off-lead = Pedir un código de una app de autenticación cada vez que inicies sesión, además de tu contraseña.
dashboard-totp-on-lead = El inicio de sesión en dos pasos está activado: al iniciar sesión se pide un código de tu app de autenticación.
dashboard-totp-begin = Configurar el inicio de sesión en dos pasos
dashboard-totp-scan-lead = Añade esta clave a tu app de autenticación (o abre el enlace en un teléfono que tenga una) y luego escribe el código de 6 dígitos que muestra la app.
dashboard-totp-secret-label = La clave para tu app de autenticación
dashboard-totp-uri-link = Abrir en una app de autenticación
dashboard-totp-confirm = Activar el inicio de sesión en dos pasos
dashboard-totp-enabled = El inicio de sesión en dos pasos está activado. La próxima vez que inicies sesión, ten a mano tu app de autenticación.

## The logo upload.
dashboard-logo-file-label = Imagen del logotipo
dashboard-logo-hint = Un PNG o JPEG de 128 KB y 2048 píxeles por lado como máximo. Una vez subido, se muestra en lugar de la URL del logotipo.
dashboard-upload-logo = Subir logotipo
dashboard-remove-logo = Quitar logotipo
dashboard-logo-missing = Elige primero una imagen para subir.
dashboard-current-logo = Tu logotipo actual

## Gestionar el equipo (propietarios).
dashboard-role-of = Rol de { $email }
dashboard-change-role = Cambiar el rol
dashboard-remove-member = Quitar del equipo…
dashboard-remove-confirm = Quitar a { $email } ahora
dashboard-member-role-changed = El rol de { $email } ahora es: { $role }. Se aplica desde su próximo clic.
dashboard-member-removed = { $email } se ha quitado del equipo y se ha cerrado su sesión en todas partes.
