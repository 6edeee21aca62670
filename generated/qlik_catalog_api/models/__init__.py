"""Contains all the data models used in inputs/outputs"""

from .assigned_group import AssignedGroup
from .assigned_role import AssignedRole
from .batch_delete_all_by_space_item import BatchDeleteAllBySpaceItem
from .batch_delete_item import BatchDeleteItem
from .changelog_change import ChangelogChange
from .classification_tag import ClassificationTag
from .cycle_selection import CycleSelection
from .cycle_selection_values_item import CycleSelectionValuesItem
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
from .data_file_connection import DataFileConnection
from .data_file_connections import DataFileConnections
from .data_files import DataFiles
from .data_files_error import DataFilesError
from .data_files_error_item import DataFilesErrorItem
from .data_files_link import DataFilesLink
from .data_files_links import DataFilesLinks
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
from .dataset_computation import DatasetComputation
from .datasets_computation_response import DatasetsComputationResponse
from .error_item import ErrorItem
from .error_item_source import ErrorItemSource
from .error_response import ErrorResponse
from .export_error import ExportError
from .export_error_meta import ExportErrorMeta
from .field_classification import FieldClassification
from .field_profile import FieldProfile
from .folder_stats import FolderStats
from .frequency_bin import FrequencyBin
from .get_data_files_connections_sort import GetDataFilesConnectionsSort
from .get_data_files_sort import GetDataFilesSort
from .get_data_product_changelogs_sort import GetDataProductChangelogsSort
from .get_items_sort import GetItemsSort
from .get_users_sort import GetUsersSort
from .href import Href
from .item import Item
from .item_link import ItemLink
from .item_links import ItemLinks
from .item_meta import ItemMeta
from .item_resource_attributes_type_0 import ItemResourceAttributesType0
from .item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
from .item_resource_size import ItemResourceSize
from .item_tag import ItemTag
from .item_views import ItemViews
from .item_views_week_item import ItemViewsWeekItem
from .items import Items
from .items_links import ItemsLinks
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
from .post_reports_response import PostReportsResponse
from .profile_meta import ProfileMeta
from .profile_sample import ProfileSample
from .provider_url import ProviderUrl
from .report_link import ReportLink
from .report_links import ReportLinks
from .report_output import ReportOutput
from .report_output_type import ReportOutputType
from .report_reason import ReportReason
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
from .sample_record import SampleRecord
from .space import Space
from .space_create import SpaceCreate
from .space_create_type import SpaceCreateType
from .space_link import SpaceLink
from .space_links import SpaceLinks
from .space_meta import SpaceMeta
from .space_patch_operation import SpacePatchOperation
from .space_patch_operation_op import SpacePatchOperationOp
from .space_patch_operation_path import SpacePatchOperationPath
from .space_stats import SpaceStats
from .space_update import SpaceUpdate
from .spaces import Spaces
from .spaces_links import SpacesLinks
from .spaces_meta import SpacesMeta
from .spaces_meta_personal_space import SpacesMetaPersonalSpace
from .table_connection_info import TableConnectionInfo
from .table_profile import TableProfile
from .trust_score import TrustScore
from .trust_score_dimension import TrustScoreDimension
from .user import User
from .user_link import UserLink
from .user_links import UserLinks
from .user_tag import UserTag
from .users import Users
from .users_links import UsersLinks
from .value_frequency import ValueFrequency

__all__ = (
    "AssignedGroup",
    "AssignedRole",
    "BatchDeleteAllBySpaceItem",
    "BatchDeleteItem",
    "ChangelogChange",
    "ClassificationTag",
    "CycleSelection",
    "CycleSelectionValuesItem",
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
    "DataFileConnection",
    "DataFileConnections",
    "DataFiles",
    "DataFilesError",
    "DataFilesErrorItem",
    "DataFilesLink",
    "DataFilesLinks",
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
    "DatasetComputation",
    "DatasetsComputationResponse",
    "ErrorItem",
    "ErrorItemSource",
    "ErrorResponse",
    "ExportError",
    "ExportErrorMeta",
    "FieldClassification",
    "FieldProfile",
    "FolderStats",
    "FrequencyBin",
    "GetDataFilesConnectionsSort",
    "GetDataFilesSort",
    "GetDataProductChangelogsSort",
    "GetItemsSort",
    "GetUsersSort",
    "Href",
    "Item",
    "ItemLink",
    "ItemLinks",
    "ItemMeta",
    "ItemResourceAttributesType0",
    "ItemResourceCustomAttributesType0",
    "ItemResourceSize",
    "ItemTag",
    "ItemViews",
    "ItemViewsWeekItem",
    "Items",
    "ItemsLinks",
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
    "PostReportsResponse",
    "ProfileMeta",
    "ProfileSample",
    "ProviderUrl",
    "ReportLink",
    "ReportLinks",
    "ReportOutput",
    "ReportOutputType",
    "ReportReason",
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
    "SampleRecord",
    "Space",
    "SpaceCreate",
    "SpaceCreateType",
    "SpaceLink",
    "SpaceLinks",
    "SpaceMeta",
    "SpacePatchOperation",
    "SpacePatchOperationOp",
    "SpacePatchOperationPath",
    "SpaceStats",
    "SpaceUpdate",
    "Spaces",
    "SpacesLinks",
    "SpacesMeta",
    "SpacesMetaPersonalSpace",
    "TableConnectionInfo",
    "TableProfile",
    "TrustScore",
    "TrustScoreDimension",
    "User",
    "UserLink",
    "UserLinks",
    "UserTag",
    "Users",
    "UsersLinks",
    "ValueFrequency",
)
