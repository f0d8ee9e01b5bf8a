"""Contains all the data models used in inputs/outputs"""

from .accept_invitation_request import AcceptInvitationRequest
from .accept_retention_offer_request import AcceptRetentionOfferRequest
from .address import Address
from .address_params import AddressParams
from .advance_test_clock_request import AdvanceTestClockRequest
from .after_completion_type_0 import AfterCompletionType0
from .after_completion_type_0_type import AfterCompletionType0Type
from .after_completion_type_1 import AfterCompletionType1
from .after_completion_type_1_type import AfterCompletionType1Type
from .after_completion_type_2 import AfterCompletionType2
from .after_completion_type_2_type import AfterCompletionType2Type
from .api_key import ApiKey
from .api_version import ApiVersion
from .api_version_pin import ApiVersionPin
from .attach_payment_method_request import AttachPaymentMethodRequest
from .authenticate_payment_method_request import AuthenticatePaymentMethodRequest
from .b_tree_map import BTreeMap
from .billing_reason import BillingReason
from .billing_settings import BillingSettings
from .business_profile import BusinessProfile
from .business_profile_params import BusinessProfileParams
from .business_tax_id_params import BusinessTaxIdParams
from .cancel_mode import CancelMode
from .cancel_subscription_request import CancelSubscriptionRequest
from .cancellation_details import CancellationDetails
from .cancellation_reason import CancellationReason
from .card_details import CardDetails
from .card_params import CardParams
from .change_option import ChangeOption
from .change_options import ChangeOptions
from .change_timing import ChangeTiming
from .completed_portal_session import CompletedPortalSession
from .completed_session import CompletedSession
from .configuration_audit_entry import ConfigurationAuditEntry
from .configuration_audit_entry_changes import ConfigurationAuditEntryChanges
from .configuration_change import ConfigurationChange
from .confirm_totp_request import ConfirmTotpRequest
from .create_api_key_request import CreateApiKeyRequest
from .create_customer_request import CreateCustomerRequest
from .create_file_request import CreateFileRequest
from .create_invitation_request import CreateInvitationRequest
from .create_payment_method_request import CreatePaymentMethodRequest
from .create_portal_session_request import CreatePortalSessionRequest
from .create_portal_session_request_flow_type_0 import CreatePortalSessionRequestFlowType0
from .create_price_request import CreatePriceRequest
from .create_product_request import CreateProductRequest
from .create_subscription_request import CreateSubscriptionRequest
from .create_tax_id_request import CreateTaxIdRequest
from .create_test_clock_request import CreateTestClockRequest
from .create_usage_record_request import CreateUsageRecordRequest
from .create_webhook_endpoint_request import CreateWebhookEndpointRequest
from .currency import Currency
from .customer import Customer
from .customer_snapshot import CustomerSnapshot
from .dashboard_session import DashboardSession
from .deleted_object import DeletedObject
from .delivery_status import DeliveryStatus
from .disabled_reason import DisabledReason
from .error_body import ErrorBody
from .error_code import ErrorCode
from .error_envelope import ErrorEnvelope
from .error_type import ErrorType
from .event import Event
from .event_data import EventData
from .event_data_object import EventDataObject
from .event_data_previous_attributes_type_0 import EventDataPreviousAttributesType0
from .event_request import EventRequest
from .event_type import EventType
from .exchange_request import ExchangeRequest
from .file import File
from .file_purpose import FilePurpose
from .file_type import FileType
from .flow import Flow
from .flow_kind import FlowKind
from .flow_redirect import FlowRedirect
from .hosted_confirmation import HostedConfirmation
from .invitation import Invitation
from .invoice import Invoice
from .invoice_line import InvoiceLine
from .invoice_settings import InvoiceSettings
from .invoice_settings_params import InvoiceSettingsParams
from .invoice_status import InvoiceStatus
from .key_mode import KeyMode
from .list_api_key import ListApiKey
from .list_configuration_audit_entry import ListConfigurationAuditEntry
from .list_customer import ListCustomer
from .list_customer_payment_methods_metadata import ListCustomerPaymentMethodsMetadata
from .list_customers_metadata import ListCustomersMetadata
from .list_event import ListEvent
from .list_invoice import ListInvoice
from .list_invoices_metadata import ListInvoicesMetadata
from .list_payment_attempt import ListPaymentAttempt
from .list_payment_method import ListPaymentMethod
from .list_portal_configuration_object import ListPortalConfigurationObject
from .list_portal_session import ListPortalSession
from .list_price import ListPrice
from .list_product import ListProduct
from .list_sessions_metadata import ListSessionsMetadata
from .list_subscription import ListSubscription
from .list_subscriptions_metadata import ListSubscriptionsMetadata
from .list_tax_id import ListTaxId
from .list_tax_id_type import ListTaxIdType
from .list_team_member import ListTeamMember
from .list_webhook_attempt import ListWebhookAttempt
from .list_webhook_endpoint import ListWebhookEndpoint
from .locale import Locale
from .pause_subscription_request import PauseSubscriptionRequest
from .pay_invoice_request import PayInvoiceRequest
from .payment_attempt import PaymentAttempt
from .payment_attempt_status import PaymentAttemptStatus
from .payment_method import PaymentMethod
from .payment_method_status import PaymentMethodStatus
from .pending_update import PendingUpdate
from .plan_change import PlanChange
from .portal_configuration import PortalConfiguration
from .portal_configuration_object import PortalConfigurationObject
from .portal_configuration_view import PortalConfigurationView
from .portal_session import PortalSession
from .portal_session_action import PortalSessionAction
from .portal_session_action_changes_type_0 import PortalSessionActionChangesType0
from .portal_session_status import PortalSessionStatus
from .portal_session_summary import PortalSessionSummary
from .portal_session_summary_counts import PortalSessionSummaryCounts
from .portal_token import PortalToken
from .presence_request import PresenceRequest
from .presence_state import PresenceState
from .price import Price
from .product import Product
from .recurring import Recurring
from .recurring_params import RecurringParams
from .resend_webhook_request import ResendWebhookRequest
from .retention_offer import RetentionOffer
from .retention_offer_type import RetentionOfferType
from .role import Role
from .roll_api_key_request import RollApiKeyRequest
from .rotate_webhook_secret_request import RotateWebhookSecretRequest
from .sign_in_request import SignInRequest
from .snapshot_tax_id import SnapshotTaxId
from .subscription import Subscription
from .subscription_change_preview import SubscriptionChangePreview
from .subscription_discount import SubscriptionDiscount
from .subscription_pause import SubscriptionPause
from .subscription_status import SubscriptionStatus
from .tax_id import TaxId
from .tax_id_type import TaxIdType
from .tax_id_verification import TaxIdVerification
from .team_member import TeamMember
from .test_clock import TestClock
from .totp_enrolment import TotpEnrolment
from .upcoming_invoice import UpcomingInvoice
from .update_api_version_request import UpdateApiVersionRequest
from .update_billing_settings_request import UpdateBillingSettingsRequest
from .update_customer_request import UpdateCustomerRequest
from .update_customer_request_metadata_type_0 import UpdateCustomerRequestMetadataType0
from .update_invoice_request import UpdateInvoiceRequest
from .update_invoice_request_metadata_type_0 import UpdateInvoiceRequestMetadataType0
from .update_payment_method_request import UpdatePaymentMethodRequest
from .update_payment_method_request_metadata_type_0 import UpdatePaymentMethodRequestMetadataType0
from .update_portal_session_request import UpdatePortalSessionRequest
from .update_price_request import UpdatePriceRequest
from .update_price_request_metadata_type_0 import UpdatePriceRequestMetadataType0
from .update_product_request import UpdateProductRequest
from .update_product_request_metadata_type_0 import UpdateProductRequestMetadataType0
from .update_subscription_request import UpdateSubscriptionRequest
from .update_subscription_request_metadata_type_0 import UpdateSubscriptionRequestMetadataType0
from .update_team_member_request import UpdateTeamMemberRequest
from .update_webhook_endpoint_request import UpdateWebhookEndpointRequest
from .usage_action import UsageAction
from .usage_record import UsageRecord
from .usage_summary import UsageSummary
from .webhook_attempt import WebhookAttempt
from .webhook_delivery import WebhookDelivery
from .webhook_endpoint import WebhookEndpoint
from .webhook_endpoint_status import WebhookEndpointStatus

__all__ = (
    "AcceptInvitationRequest",
    "AcceptRetentionOfferRequest",
    "Address",
    "AddressParams",
    "AdvanceTestClockRequest",
    "AfterCompletionType0",
    "AfterCompletionType0Type",
    "AfterCompletionType1",
    "AfterCompletionType1Type",
    "AfterCompletionType2",
    "AfterCompletionType2Type",
    "ApiKey",
    "ApiVersion",
    "ApiVersionPin",
    "AttachPaymentMethodRequest",
    "AuthenticatePaymentMethodRequest",
    "BillingReason",
    "BillingSettings",
    "BTreeMap",
    "BusinessProfile",
    "BusinessProfileParams",
    "BusinessTaxIdParams",
    "CancellationDetails",
    "CancellationReason",
    "CancelMode",
    "CancelSubscriptionRequest",
    "CardDetails",
    "CardParams",
    "ChangeOption",
    "ChangeOptions",
    "ChangeTiming",
    "CompletedPortalSession",
    "CompletedSession",
    "ConfigurationAuditEntry",
    "ConfigurationAuditEntryChanges",
    "ConfigurationChange",
    "ConfirmTotpRequest",
    "CreateApiKeyRequest",
    "CreateCustomerRequest",
    "CreateFileRequest",
    "CreateInvitationRequest",
    "CreatePaymentMethodRequest",
    "CreatePortalSessionRequest",
    "CreatePortalSessionRequestFlowType0",
    "CreatePriceRequest",
    "CreateProductRequest",
    "CreateSubscriptionRequest",
    "CreateTaxIdRequest",
    "CreateTestClockRequest",
    "CreateUsageRecordRequest",
    "CreateWebhookEndpointRequest",
    "Currency",
    "Customer",
    "CustomerSnapshot",
    "DashboardSession",
    "DeletedObject",
    "DeliveryStatus",
    "DisabledReason",
    "ErrorBody",
    "ErrorCode",
    "ErrorEnvelope",
    "ErrorType",
    "Event",
    "EventData",
    "EventDataObject",
    "EventDataPreviousAttributesType0",
    "EventRequest",
    "EventType",
    "ExchangeRequest",
    "File",
    "FilePurpose",
    "FileType",
    "Flow",
    "FlowKind",
    "FlowRedirect",
    "HostedConfirmation",
    "Invitation",
    "Invoice",
    "InvoiceLine",
    "InvoiceSettings",
    "InvoiceSettingsParams",
    "InvoiceStatus",
    "KeyMode",
    "ListApiKey",
    "ListConfigurationAuditEntry",
    "ListCustomer",
    "ListCustomerPaymentMethodsMetadata",
    "ListCustomersMetadata",
    "ListEvent",
    "ListInvoice",
    "ListInvoicesMetadata",
    "ListPaymentAttempt",
    "ListPaymentMethod",
    "ListPortalConfigurationObject",
    "ListPortalSession",
    "ListPrice",
    "ListProduct",
    "ListSessionsMetadata",
    "ListSubscription",
    "ListSubscriptionsMetadata",
    "ListTaxId",
    "ListTaxIdType",
    "ListTeamMember",
    "ListWebhookAttempt",
    "ListWebhookEndpoint",
    "Locale",
    "PauseSubscriptionRequest",
    "PayInvoiceRequest",
    "PaymentAttempt",
    "PaymentAttemptStatus",
    "PaymentMethod",
    "PaymentMethodStatus",
    "PendingUpdate",
    "PlanChange",
    "PortalConfiguration",
    "PortalConfigurationObject",
    "PortalConfigurationView",
    "PortalSession",
    "PortalSessionAction",
    "PortalSessionActionChangesType0",
    "PortalSessionStatus",
    "PortalSessionSummary",
    "PortalSessionSummaryCounts",
    "PortalToken",
    "PresenceRequest",
    "PresenceState",
    "Price",
    "Product",
    "Recurring",
    "RecurringParams",
    "ResendWebhookRequest",
    "RetentionOffer",
    "RetentionOfferType",
    "Role",
    "RollApiKeyRequest",
    "RotateWebhookSecretRequest",
    "SignInRequest",
    "SnapshotTaxId",
    "Subscription",
    "SubscriptionChangePreview",
    "SubscriptionDiscount",
    "SubscriptionPause",
    "SubscriptionStatus",
    "TaxId",
    "TaxIdType",
    "TaxIdVerification",
    "TeamMember",
    "TestClock",
    "TotpEnrolment",
    "UpcomingInvoice",
    "UpdateApiVersionRequest",
    "UpdateBillingSettingsRequest",
    "UpdateCustomerRequest",
    "UpdateCustomerRequestMetadataType0",
    "UpdateInvoiceRequest",
    "UpdateInvoiceRequestMetadataType0",
    "UpdatePaymentMethodRequest",
    "UpdatePaymentMethodRequestMetadataType0",
    "UpdatePortalSessionRequest",
    "UpdatePriceRequest",
    "UpdatePriceRequestMetadataType0",
    "UpdateProductRequest",
    "UpdateProductRequestMetadataType0",
    "UpdateSubscriptionRequest",
    "UpdateSubscriptionRequestMetadataType0",
    "UpdateTeamMemberRequest",
    "UpdateWebhookEndpointRequest",
    "UsageAction",
    "UsageRecord",
    "UsageSummary",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEndpointStatus",
)
