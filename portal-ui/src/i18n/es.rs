//! Spanish texts.

use super::Key;

/// The Spanish text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Portal de clientes de Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Ir al contenido principal",
        Key::Footer => "Pagos y facturación con Paylera.",
        Key::IntroLead => {
            "Aquí puedes gestionar tus suscripciones, facturas y métodos de pago con una empresa que te factura a través de Paylera."
        }
        Key::IntroHowToReach => {
            "Llegas a este portal mediante un enlace seguro de tu comercio, la empresa a la que compras: busca un enlace «Gestionar facturación» o «Portal de facturación» en su aplicación, sitio web o correos. El enlace inicia tu sesión durante un rato; no hay ninguna contraseña de Paylera que recordar."
        }
        Key::ServiceStatusHeading => "Estado del servicio",
        Key::ApiStatusLabel => "Estado de la API: ",
        Key::StatusChecking => "comprobando…",
        Key::StatusOk => "correcto",
        Key::StatusUnavailable => "no disponible",
        Key::StatusUnreachable => "inaccesible",
        Key::StatusOkDescription => "Los servicios de facturación funcionan con normalidad.",
        Key::StatusUnavailableDescription => {
            "Los servicios de facturación no están disponibles temporalmente. Vuelve a intentarlo en unos minutos."
        }
        Key::StatusUnreachableDescription => {
            "No pudimos conectar con nuestros servicios de facturación. Vuelve a intentarlo en unos minutos."
        }
        Key::DetailsHeading => "Acerca de este portal",
        Key::DetailsButton => "¿Qué puedo hacer aquí?",
        Key::DetailsSubscriptions => "Ver tus suscripciones activas y cambiarlas o cancelarlas.",
        Key::DetailsInvoices => "Descargar facturas y recibos anteriores.",
        Key::DetailsPaymentMethods => "Añadir, sustituir o eliminar la tarjeta o cuenta bancaria con la que pagas.",
        Key::DetailsBillingAddress => "Actualizar tu dirección de facturación y tus datos fiscales.",
        Key::DetailsNote => {
            "Lo que puedes cambiar depende de la configuración de tu comercio. Si tienes preguntas sobre un cargo, contacta directamente con el comercio: puede ver tu cuenta y hacer reembolsos."
        }
        Key::SignedInHeading => "Sesión iniciada",
        Key::SignedInLead => "Has iniciado sesión para gestionar tu facturación.",
        Key::SignedInHelp => {
            "Cuando termines, vuelve a la empresa de la que vienes. Así termina tu visita; para volver, abre de nuevo su portal de facturación."
        }
        Key::ReturnToMerchantButton => "Volver al comercio",
        Key::LinkExpiredHeading => "Este enlace ha caducado o ya se ha usado",
        Key::LinkExpiredAdvice => {
            "Por tu seguridad, cada enlace a este portal funciona una sola vez y durante poco tiempo. Vuelve a la empresa y abre de nuevo su portal de facturación para obtener un enlace nuevo."
        }
        Key::LinkRateLimitedHeading => "Demasiados intentos, inténtalo de nuevo en un minuto",
        Key::LinkRateLimitedAdvice => {
            "Hemos recibido demasiados intentos de abrir este portal. Espera un minuto y vuelve a cargar esta página."
        }
        Key::LinkUnavailableHeading => "No pudimos abrir tu portal de facturación",
        Key::LinkUnavailableAdvice => {
            "Nuestros servicios de facturación no respondieron. Vuelve a cargar esta página en unos minutos."
        }
        Key::ReturnTo => "Volver a {merchant}",
        Key::NotFoundHeading => "Página no encontrada",
        Key::NotFoundBody => {
            "No encontramos la página que buscabas. Si seguiste un enlace de una empresa que te factura, puede que haya caducado: pídele uno nuevo."
        }
        Key::NotFoundHomeLink => "Ir a la página de inicio del portal",
        Key::ModuleSubscriptionTitle => "Suscripción",
        Key::ModuleSubscriptionDescription => "Cambia o cancela tu plan.",
        Key::ModulePaymentMethodsTitle => "Métodos de pago",
        Key::ModulePaymentMethodsDescription => "Añade o sustituye la tarjeta o la cuenta bancaria con la que pagas.",
        Key::ModuleInvoicesTitle => "Facturas",
        Key::ModuleInvoicesDescription => "Consulta y descarga tus facturas anteriores.",
        Key::ModuleTaxIdsTitle => "Identificadores fiscales",
        Key::ModuleTaxIdsDescription => "Añade o elimina los identificadores fiscales que aparecen en tus facturas.",
        Key::ModuleAddressTitle => "Dirección de facturación",
        Key::ModuleAddressDescription => "Actualiza la dirección de tus facturas.",
    }
}
