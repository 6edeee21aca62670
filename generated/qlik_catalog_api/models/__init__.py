"""Contains all the data models used in inputs/outputs"""

from .assigned_group import AssignedGroup
from .assigned_role import AssignedRole
from .batch_delete_all_by_space_item import BatchDeleteAllBySpaceItem
from .batch_delete_item import BatchDeleteItem
from .changelog_change import ChangelogChange
from .classification_tag import ClassificationTag
from .data_asset import DataAsset
from .data_asset_ids import DataAssetIds
from .data_asset_info import DataAssetInfo
from .data_asset_list import DataAssetList
from .data_asset_properties_type_0 import DataAssetPropertiesType0
from .data_asset_request import DataAssetRequest
from .data_asset_request_properties import DataAssetRequestProperties
from .data_field import DataField
from .data_field_properties_type_0 import DataFieldPropertiesType0
from .data_field_type import DataFieldType
from .data_field_type_properties_type_0 import DataFieldTypePropertiesType0
from .data_file import DataFile
from .data_file_batch_delete_request import DataFileBatchDeleteRequest
from .data_files import DataFiles
from .data_product import DataProduct
from .data_product_activate_request import DataProductActivateRequest
from .data_product_changelog import DataProductChangelog
from .data_product_changelog_list import DataProductChangelogList
from .data_product_create import DataProductCreate
from .data_product_list import DataProductList
from .data_product_move_request import DataProductMoveRequest
from .data_product_patch_operation import DataProductPatchOperation
from .data_product_patch_operation_op import DataProductPatchOperationOp
from .data_product_patch_operation_path import DataProductPatchOperationPath
from .data_product_quality import DataProductQuality
from .data_set import DataSet
from .data_set_ids import DataSetIds
from .data_set_list import DataSetList
from .data_set_operational import DataSetOperational
from .data_set_profile import DataSetProfile
from .data_set_profile_list import DataSetProfileList
from .data_set_properties_type_0 import DataSetPropertiesType0
from .data_set_request import DataSetRequest
from .data_set_request_properties import DataSetRequestProperties
from .data_set_schema import DataSetSchema
from .data_set_schema_load_options_type_0 import DataSetSchemaLoadOptionsType0
from .data_store import DataStore
from .data_store_ids import DataStoreIds
from .data_store_info import DataStoreInfo
from .data_store_list import DataStoreList
from .data_store_properties_type_0 import DataStorePropertiesType0
from .data_store_request import DataStoreRequest
from .data_store_request_properties import DataStoreRequestProperties
from .error_item import ErrorItem
from .error_response import ErrorResponse
from .field_classification import FieldClassification
from .field_profile import FieldProfile
from .folder_stats import FolderStats
from .frequency_bin import FrequencyBin
from .get_data_product_changelogs_sort import GetDataProductChangelogsSort
from .get_items_sort import GetItemsSort
from .get_users_sort import GetUsersSort
from .href import Href
from .item import Item
from .item_item_views_type_0 import ItemItemViewsType0
from .item_links_type_0 import ItemLinksType0
from .item_meta_type_0 import ItemMetaType0
from .item_resource_attributes_type_0 import ItemResourceAttributesType0
from .item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
from .item_resource_size_type_0 import ItemResourceSizeType0
from .items import Items
from .json_patch_operation import JsonPatchOperation
from .json_patch_operation_op import JsonPatchOperationOp
from .key_contact import KeyContact
from .links import Links
from .multi_status_response import MultiStatusResponse
from .multi_status_response_item import MultiStatusResponseItem
from .nx_app import NxApp
from .nx_app_create_privileges import NxAppCreatePrivileges
from .nx_attributes import NxAttributes
from .nx_attributes_custom_type_0 import NxAttributesCustomType0
from .output_list import OutputList
from .output_list_item import OutputListItem
from .output_list_item_cycle_selections_item import OutputListItemCycleSelectionsItem
from .output_list_item_export_errors_item import OutputListItemExportErrorsItem
from .post_reports_response import PostReportsResponse
from .profile_meta import ProfileMeta
from .profile_sample import ProfileSample
from .provider_url import ProviderUrl
from .report_output import ReportOutput
from .report_request import ReportRequest
from .report_request_composition_templates_item import ReportRequestCompositionTemplatesItem
from .report_request_definitions import ReportRequestDefinitions
from .report_request_meta import ReportRequestMeta
from .report_request_request_call_back_action import ReportRequestRequestCallBackAction
from .report_request_sense_data_template import ReportRequestSenseDataTemplate
from .report_request_sense_excel_template import ReportRequestSenseExcelTemplate
from .report_request_sense_html_template import ReportRequestSenseHtmlTemplate
from .report_request_sense_image_template import ReportRequestSenseImageTemplate
from .report_request_sense_pixel_perfect_template import ReportRequestSensePixelPerfectTemplate
from .report_request_sense_power_point_template import ReportRequestSensePowerPointTemplate
from .report_request_sense_sheet_template import ReportRequestSenseSheetTemplate
from .report_request_sense_word_template import ReportRequestSenseWordTemplate
from .report_request_type import ReportRequestType
from .report_result import ReportResult
from .report_status import ReportStatus
from .report_status_reasons_item import ReportStatusReasonsItem
from .report_status_request_errors_item import ReportStatusRequestErrorsItem
from .sample_record import SampleRecord
from .space import Space
from .space_create import SpaceCreate
from .space_create_type import SpaceCreateType
from .space_links import SpaceLinks
from .space_meta import SpaceMeta
from .space_patch_operation import SpacePatchOperation
from .space_patch_operation_op import SpacePatchOperationOp
from .space_patch_operation_path import SpacePatchOperationPath
from .space_update import SpaceUpdate
from .spaces import Spaces
from .spaces_meta import SpacesMeta
from .table_connection_info import TableConnectionInfo
from .table_profile import TableProfile
from .trust_score import TrustScore
from .trust_score_dimension import TrustScoreDimension
from .user import User
from .user_tag import UserTag
from .users import Users
from .value_frequency import ValueFrequency

__all__ = (
    "AssignedGroup",
    "AssignedRole",
    "BatchDeleteAllBySpaceItem",
    "BatchDeleteItem",
    "ChangelogChange",
    "ClassificationTag",
    "DataAsset",
    "DataAssetIds",
    "DataAssetInfo",
    "DataAssetList",
    "DataAssetPropertiesType0",
    "DataAssetRequest",
    "DataAssetRequestProperties",
    "DataField",
    "DataFieldPropertiesType0",
    "DataFieldType",
    "DataFieldTypePropertiesType0",
    "DataFile",
    "DataFileBatchDeleteRequest",
    "DataFiles",
    "DataProduct",
    "DataProductActivateRequest",
    "DataProductChangelog",
    "DataProductChangelogList",
    "DataProductCreate",
    "DataProductList",
    "DataProductMoveRequest",
    "DataProductPatchOperation",
    "DataProductPatchOperationOp",
    "DataProductPatchOperationPath",
    "DataProductQuality",
    "DataSet",
    "DataSetIds",
    "DataSetList",
    "DataSetOperational",
    "DataSetProfile",
    "DataSetProfileList",
    "DataSetPropertiesType0",
    "DataSetRequest",
    "DataSetRequestProperties",
    "DataSetSchema",
    "DataSetSchemaLoadOptionsType0",
    "DataStore",
    "DataStoreIds",
    "DataStoreInfo",
    "DataStoreList",
    "DataStorePropertiesType0",
    "DataStoreRequest",
    "DataStoreRequestProperties",
    "ErrorItem",
    "ErrorResponse",
    "FieldClassification",
    "FieldProfile",
    "FolderStats",
    "FrequencyBin",
    "GetDataProductChangelogsSort",
    "GetItemsSort",
    "GetUsersSort",
    "Href",
    "Item",
    "ItemItemViewsType0",
    "ItemLinksType0",
    "ItemMetaType0",
    "ItemResourceAttributesType0",
    "ItemResourceCustomAttributesType0",
    "ItemResourceSizeType0",
    "Items",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "KeyContact",
    "Links",
    "MultiStatusResponse",
    "MultiStatusResponseItem",
    "NxApp",
    "NxAppCreatePrivileges",
    "NxAttributes",
    "NxAttributesCustomType0",
    "OutputList",
    "OutputListItem",
    "OutputListItemCycleSelectionsItem",
    "OutputListItemExportErrorsItem",
    "PostReportsResponse",
    "ProfileMeta",
    "ProfileSample",
    "ProviderUrl",
    "ReportOutput",
    "ReportRequest",
    "ReportRequestCompositionTemplatesItem",
    "ReportRequestDefinitions",
    "ReportRequestMeta",
    "ReportRequestRequestCallBackAction",
    "ReportRequestSenseDataTemplate",
    "ReportRequestSenseExcelTemplate",
    "ReportRequestSenseHtmlTemplate",
    "ReportRequestSenseImageTemplate",
    "ReportRequestSensePixelPerfectTemplate",
    "ReportRequestSensePowerPointTemplate",
    "ReportRequestSenseSheetTemplate",
    "ReportRequestSenseWordTemplate",
    "ReportRequestType",
    "ReportResult",
    "ReportStatus",
    "ReportStatusReasonsItem",
    "ReportStatusRequestErrorsItem",
    "SampleRecord",
    "Space",
    "SpaceCreate",
    "SpaceCreateType",
    "SpaceLinks",
    "SpaceMeta",
    "SpacePatchOperation",
    "SpacePatchOperationOp",
    "SpacePatchOperationPath",
    "SpaceUpdate",
    "Spaces",
    "SpacesMeta",
    "TableConnectionInfo",
    "TableProfile",
    "TrustScore",
    "TrustScoreDimension",
    "User",
    "UserTag",
    "Users",
    "ValueFrequency",
)
