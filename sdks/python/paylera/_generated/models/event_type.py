from enum import Enum


class EventType(str, Enum):
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_DELETED = "customer.deleted"
    CUSTOMER_PAYMENT_METHOD_ATTACHED = "customer.payment_method_attached"
    CUSTOMER_PAYMENT_METHOD_DETACHED = "customer.payment_method_detached"
    CUSTOMER_TAX_ID_CREATED = "customer.tax_id.created"
    CUSTOMER_TAX_ID_DELETED = "customer.tax_id.deleted"
    CUSTOMER_UPDATED = "customer.updated"
    INVOICE_CREATED = "invoice.created"
    INVOICE_FINALIZED = "invoice.finalized"
    INVOICE_PAID = "invoice.paid"
    INVOICE_PAYMENT_ACTION_REQUIRED = "invoice.payment_action_required"
    INVOICE_PAYMENT_FAILED = "invoice.payment_failed"
    INVOICE_UPDATED = "invoice.updated"
    INVOICE_VOIDED = "invoice.voided"
    PAYMENT_METHOD_CREATED = "payment_method.created"
    PAYMENT_METHOD_UPDATED = "payment_method.updated"
    PORTAL_SESSION_COMPLETED = "portal.session.completed"
    PRICE_CREATED = "price.created"
    PRICE_UPDATED = "price.updated"
    PRODUCT_CREATED = "product.created"
    PRODUCT_UPDATED = "product.updated"
    SUBSCRIPTION_CANCELED = "subscription.canceled"
    SUBSCRIPTION_CREATED = "subscription.created"
    SUBSCRIPTION_PAUSED = "subscription.paused"
    SUBSCRIPTION_REACTIVATED = "subscription.reactivated"
    SUBSCRIPTION_RESUMED = "subscription.resumed"
    SUBSCRIPTION_UPDATED = "subscription.updated"
    WEBHOOK_ENDPOINT_TEST = "webhook_endpoint.test"

    def __str__(self) -> str:
        return str(self.value)
