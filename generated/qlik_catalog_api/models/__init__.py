"""Contains all the data models used in inputs/outputs"""

from .aggregated_quality_metrics import AggregatedQualityMetrics
from .assigned_group import AssignedGroup
from .assigned_role import AssignedRole
from .batch_delete_all_by_space_item import BatchDeleteAllBySpaceItem
from .batch_delete_item import BatchDeleteItem
from .changelog_change import ChangelogChange
from .classification_tag import ClassificationTag
from .connection_quality_global_results import ConnectionQualityGlobalResults
from .cycle_output import CycleOutput
from .cycle_output_naming_pattern import CycleOutputNamingPattern
from .cycle_output_type import CycleOutputType
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
from .data_quality_batch_computation import DataQualityBatchComputation
from .data_quality_batch_dataset_status import DataQualityBatchDatasetStatus
from .data_quality_by_dataset import DataQualityByDataset
from .data_quality_computation_request import DataQualityComputationRequest
from .data_quality_computation_request_execution_mode import DataQualityComputationRequestExecutionMode
from .data_quality_computation_request_sample_method import DataQualityComputationRequestSampleMethod
from .data_quality_computation_request_sample_mode import DataQualityComputationRequestSampleMode
from .data_quality_computation_response import DataQualityComputationResponse
from .data_quality_computation_status import DataQualityComputationStatus
from .data_quality_computed import DataQualityComputed
from .data_quality_computed_by import DataQualityComputedBy
from .data_quality_dataset_list_request import DataQualityDatasetListRequest
from .data_quality_execution_error import DataQualityExecutionError
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
from .dataset_field_qualities import DatasetFieldQualities
from .dataset_quality_and_error import DatasetQualityAndError
from .dataset_quality_global_results import DatasetQualityGlobalResults
from .dataset_trust_score import DatasetTrustScore
from .datasets_computation_response import DatasetsComputationResponse
from .error_item import ErrorItem
from .error_item_source import ErrorItemSource
from .error_response import ErrorResponse
from .excel_output import ExcelOutput
from .excel_output_out_format import ExcelOutputOutFormat
from .export_error import ExportError
from .export_error_meta import ExportErrorMeta
from .field_classification import FieldClassification
from .field_information import FieldInformation
from .field_profile import FieldProfile
from .field_qualities_filter_request import FieldQualitiesFilterRequest
from .field_qualities_filter_response import FieldQualitiesFilterResponse
from .field_qualities_request_dataset import FieldQualitiesRequestDataset
from .field_quality import FieldQuality
from .field_quality_metrics import FieldQualityMetrics
from .folder_stats import FolderStats
from .frequency_bin import FrequencyBin
from .get_data_files_connections_sort import GetDataFilesConnectionsSort
from .get_data_files_sort import GetDataFilesSort
from .get_data_product_changelogs_sort import GetDataProductChangelogsSort
from .get_items_sort import GetItemsSort
from .get_users_sort import GetUsersSort
from .href import Href
from .image_output import ImageOutput
from .image_output_out_format import ImageOutputOutFormat
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
from .pdf_composition_output import PdfCompositionOutput
from .pdf_output import PdfOutput
from .pdf_output_align import PdfOutputAlign
from .pdf_output_align_horizontal import PdfOutputAlignHorizontal
from .pdf_output_align_vertical import PdfOutputAlignVertical
from .pdf_output_orientation import PdfOutputOrientation
from .pdf_output_resize_data import PdfOutputResizeData
from .pdf_output_resize_type import PdfOutputResizeType
from .pdf_output_size import PdfOutputSize
from .post_reports_response import PostReportsResponse
from .pptx_composition_output import PptxCompositionOutput
from .pptx_output import PptxOutput
from .pptx_output_orientation import PptxOutputOrientation
from .pptx_output_resize_type import PptxOutputResizeType
from .pptx_output_size import PptxOutputSize
from .profile_meta import ProfileMeta
from .profile_sample import ProfileSample
from .provider_url import ProviderUrl
from .quality_global_results import QualityGlobalResults
from .report_call_back_action import ReportCallBackAction
from .report_chainable_selection import ReportChainableSelection
from .report_chainable_selection_selection_type import ReportChainableSelectionSelectionType
from .report_composable_template import ReportComposableTemplate
from .report_composable_template_type import ReportComposableTemplateType
from .report_definitions import ReportDefinitions
from .report_definitions_selections_by_state import ReportDefinitionsSelectionsByState
from .report_definitions_selections_by_state_additional_property import (
    ReportDefinitionsSelectionsByStateAdditionalProperty,
)
from .report_doc_properties import ReportDocProperties
from .report_export_data_options import ReportExportDataOptions
from .report_field_value import ReportFieldValue
from .report_http_request import ReportHttpRequest
from .report_link import ReportLink
from .report_links import ReportLinks
from .report_meta import ReportMeta
from .report_nx_patch import ReportNxPatch
from .report_nx_patch_q_op import ReportNxPatchQOp
from .report_output import ReportOutput
from .report_output_type import ReportOutputType
from .report_reason import ReportReason
from .report_request import ReportRequest
from .report_request_type import ReportRequestType
from .report_result import ReportResult
from .report_selection_filter import ReportSelectionFilter
from .report_selection_filter_patches_by_id import ReportSelectionFilterPatchesById
from .report_selection_filter_selections_by_state import ReportSelectionFilterSelectionsByState
from .report_sheet import ReportSheet
from .report_sheet_js_opts_by_id import ReportSheetJsOptsById
from .report_sheet_patches_by_id import ReportSheetPatchesById
from .report_status import ReportStatus
from .report_template_location import ReportTemplateLocation
from .report_template_location_format import ReportTemplateLocationFormat
from .report_visualization import ReportVisualization
from .report_visualization_type import ReportVisualizationType
from .sample_record import SampleRecord
from .schema_rule_quality import SchemaRuleQuality
from .schema_rules_quality import SchemaRulesQuality
from .schema_type_quality import SchemaTypeQuality
from .sense_data_template import SenseDataTemplate
from .sense_data_template_reload_timestamp_match_type import SenseDataTemplateReloadTimestampMatchType
from .sense_data_template_selection_strategy import SenseDataTemplateSelectionStrategy
from .sense_data_template_selection_type import SenseDataTemplateSelectionType
from .sense_data_template_selections_by_state import SenseDataTemplateSelectionsByState
from .sense_file_template import SenseFileTemplate
from .sense_file_template_reload_timestamp_match_type import SenseFileTemplateReloadTimestampMatchType
from .sense_image_template import SenseImageTemplate
from .sense_image_template_reload_timestamp_match_type import SenseImageTemplateReloadTimestampMatchType
from .sense_image_template_selection_strategy import SenseImageTemplateSelectionStrategy
from .sense_image_template_selection_type import SenseImageTemplateSelectionType
from .sense_image_template_selections_by_state import SenseImageTemplateSelectionsByState
from .sense_persistent_bookmark import SensePersistentBookmark
from .sense_sheet_template import SenseSheetTemplate
from .sense_sheet_template_reload_timestamp_match_type import SenseSheetTemplateReloadTimestampMatchType
from .sense_sheet_template_selection_strategy import SenseSheetTemplateSelectionStrategy
from .sense_sheet_template_selection_type import SenseSheetTemplateSelectionType
from .sense_sheet_template_selections_by_state import SenseSheetTemplateSelectionsByState
from .sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2
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
from .trust_score_axis import TrustScoreAxis
from .trust_score_dimension import TrustScoreDimension
from .trust_score_filter_request import TrustScoreFilterRequest
from .trust_score_metric import TrustScoreMetric
from .trust_score_result_list import TrustScoreResultList
from .user import User
from .user_link import UserLink
from .user_links import UserLinks
from .user_tag import UserTag
from .users import Users
from .users_links import UsersLinks
from .value_frequency import ValueFrequency

__all__ = (
    "AggregatedQualityMetrics",
    "AssignedGroup",
    "AssignedRole",
    "BatchDeleteAllBySpaceItem",
    "BatchDeleteItem",
    "ChangelogChange",
    "ClassificationTag",
    "ConnectionQualityGlobalResults",
    "CycleOutput",
    "CycleOutputNamingPattern",
    "CycleOutputType",
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
    "DataQualityBatchComputation",
    "DataQualityBatchDatasetStatus",
    "DataQualityByDataset",
    "DataQualityComputationRequest",
    "DataQualityComputationRequestExecutionMode",
    "DataQualityComputationRequestSampleMethod",
    "DataQualityComputationRequestSampleMode",
    "DataQualityComputationResponse",
    "DataQualityComputationStatus",
    "DataQualityComputed",
    "DataQualityComputedBy",
    "DataQualityDatasetListRequest",
    "DataQualityExecutionError",
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
    "DatasetFieldQualities",
    "DatasetQualityAndError",
    "DatasetQualityGlobalResults",
    "DatasetTrustScore",
    "DatasetsComputationResponse",
    "ErrorItem",
    "ErrorItemSource",
    "ErrorResponse",
    "ExcelOutput",
    "ExcelOutputOutFormat",
    "ExportError",
    "ExportErrorMeta",
    "FieldClassification",
    "FieldInformation",
    "FieldProfile",
    "FieldQualitiesFilterRequest",
    "FieldQualitiesFilterResponse",
    "FieldQualitiesRequestDataset",
    "FieldQuality",
    "FieldQualityMetrics",
    "FolderStats",
    "FrequencyBin",
    "GetDataFilesConnectionsSort",
    "GetDataFilesSort",
    "GetDataProductChangelogsSort",
    "GetItemsSort",
    "GetUsersSort",
    "Href",
    "ImageOutput",
    "ImageOutputOutFormat",
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
    "PdfCompositionOutput",
    "PdfOutput",
    "PdfOutputAlign",
    "PdfOutputAlignHorizontal",
    "PdfOutputAlignVertical",
    "PdfOutputOrientation",
    "PdfOutputResizeData",
    "PdfOutputResizeType",
    "PdfOutputSize",
    "PostReportsResponse",
    "PptxCompositionOutput",
    "PptxOutput",
    "PptxOutputOrientation",
    "PptxOutputResizeType",
    "PptxOutputSize",
    "ProfileMeta",
    "ProfileSample",
    "ProviderUrl",
    "QualityGlobalResults",
    "ReportCallBackAction",
    "ReportChainableSelection",
    "ReportChainableSelectionSelectionType",
    "ReportComposableTemplate",
    "ReportComposableTemplateType",
    "ReportDefinitions",
    "ReportDefinitionsSelectionsByState",
    "ReportDefinitionsSelectionsByStateAdditionalProperty",
    "ReportDocProperties",
    "ReportExportDataOptions",
    "ReportFieldValue",
    "ReportHttpRequest",
    "ReportLink",
    "ReportLinks",
    "ReportMeta",
    "ReportNxPatch",
    "ReportNxPatchQOp",
    "ReportOutput",
    "ReportOutputType",
    "ReportReason",
    "ReportRequest",
    "ReportRequestType",
    "ReportResult",
    "ReportSelectionFilter",
    "ReportSelectionFilterPatchesById",
    "ReportSelectionFilterSelectionsByState",
    "ReportSheet",
    "ReportSheetJsOptsById",
    "ReportSheetPatchesById",
    "ReportStatus",
    "ReportTemplateLocation",
    "ReportTemplateLocationFormat",
    "ReportVisualization",
    "ReportVisualizationType",
    "SampleRecord",
    "SchemaRuleQuality",
    "SchemaRulesQuality",
    "SchemaTypeQuality",
    "SenseDataTemplate",
    "SenseDataTemplateReloadTimestampMatchType",
    "SenseDataTemplateSelectionStrategy",
    "SenseDataTemplateSelectionType",
    "SenseDataTemplateSelectionsByState",
    "SenseFileTemplate",
    "SenseFileTemplateReloadTimestampMatchType",
    "SenseImageTemplate",
    "SenseImageTemplateReloadTimestampMatchType",
    "SenseImageTemplateSelectionStrategy",
    "SenseImageTemplateSelectionType",
    "SenseImageTemplateSelectionsByState",
    "SensePersistentBookmark",
    "SenseSheetTemplate",
    "SenseSheetTemplateReloadTimestampMatchType",
    "SenseSheetTemplateSelectionStrategy",
    "SenseSheetTemplateSelectionType",
    "SenseSheetTemplateSelectionsByState",
    "SenseTemporaryBookmarkV2",
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
    "TrustScoreAxis",
    "TrustScoreDimension",
    "TrustScoreFilterRequest",
    "TrustScoreMetric",
    "TrustScoreResultList",
    "User",
    "UserLink",
    "UserLinks",
    "UserTag",
    "Users",
    "UsersLinks",
    "ValueFrequency",
)
