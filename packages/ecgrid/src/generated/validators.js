// GENERATED FILE - DO NOT EDIT BY HAND.
// Source: specs/ecgrid/openapi.yaml — response schemas compiled by scripts/generate-validators.mjs (Ajv standalone).
// Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.
/* eslint-disable */

const ajvFormats = {
  "int32": { type: "number", validate: (x) => Number.isInteger(x) && x <= 2147483647 && x >= -2147483648 },
  "int64": { type: "number", validate: (x) => Number.isInteger(x) },
};

export const v0 = validate20;
const schema31 = {"$id":"urn:edi-clients:ecgrid:v0","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/TokenInfo"}}}]};
const schema33 = {"type":"object","required":["success","data"],"properties":{"httpStatus":{"type":"integer","format":"int32"},"message":{"type":["string","null"]},"traceId":{"type":"string"},"errorCode":{"type":["string","null"]},"success":{"type":"boolean"},"data":{}}};
const schema34 = {"type":"object","required":["token","expiresAt"],"properties":{"token":{"type":"string"},"expiresAt":{"type":"string","format":"date-time"},"userId":{"type":"integer","format":"int32"}}};
const formats0 = ajvFormats.int32;
const formats2 = /^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v0" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.token === undefined){
const err10 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/required",keyword:"required",params:{missingProperty: "token"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.expiresAt === undefined){
const err11 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/required",keyword:"required",params:{missingProperty: "expiresAt"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.token !== undefined){
if(typeof data5.token !== "string"){
const err12 = {instancePath:instancePath+"/data/token",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/properties/token/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.expiresAt !== undefined){
let data7 = data5.expiresAt;
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
const err13 = {instancePath:instancePath+"/data/expiresAt",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/properties/expiresAt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/data/expiresAt",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/properties/expiresAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.userId !== undefined){
let data8 = data5.userId;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/data/userId",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err16 = {instancePath:instancePath+"/data/userId",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/TokenInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v1 = validate22;
const schema35 = {"$id":"urn:edi-clients:ecgrid:v1","$ref":"urn:edi-clients:ecgrid#/$defs/ApiErrorResponse"};
const schema36 = {"type":"object","required":["success","message"],"properties":{"errorCode":{"type":["string","null"]},"data":{"type":"null"},"httpStatus":{"type":"integer","format":"int32"},"success":{"type":"boolean","const":false},"message":{"type":"string"},"detail":{"type":["string","null"]},"traceId":{"type":"string"},"errorInfo":{"oneOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ECGridOSErrorInfo"},{"type":"null"}]}}};
const schema37 = {"type":"object","properties":{"errorCode":{"type":["string","integer"]},"faultCode":{"type":"string"},"faultString":{"type":"string"}},"additionalProperties":true};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.errorCode !== undefined){
let data0 = data.errorCode;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/errorCode",schemaPath:"#/properties/errorCode/type",keyword:"type",params:{type: schema36.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.data !== undefined){
if(data.data !== null){
const err3 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.httpStatus !== undefined){
let data2 = data.httpStatus;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.success !== undefined){
let data3 = data.success;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(false !== data3){
const err7 = {instancePath:instancePath+"/success",schemaPath:"#/properties/success/const",keyword:"const",params:{allowedValue: false}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.detail !== undefined){
let data5 = data.detail;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: schema36.properties.detail.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err10 = {instancePath:instancePath+"/traceId",schemaPath:"#/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.errorInfo !== undefined){
let data7 = data.errorInfo;
const _errs16 = errors;
let valid1 = false;
let passing0 = null;
const _errs17 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.errorCode !== undefined){
let data8 = data7.errorCode;
if((typeof data8 !== "string") && (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8))))){
const err11 = {instancePath:instancePath+"/errorInfo/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ECGridOSErrorInfo/properties/errorCode/type",keyword:"type",params:{type: schema37.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.faultCode !== undefined){
if(typeof data7.faultCode !== "string"){
const err12 = {instancePath:instancePath+"/errorInfo/faultCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ECGridOSErrorInfo/properties/faultCode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.faultString !== undefined){
if(typeof data7.faultString !== "string"){
const err13 = {instancePath:instancePath+"/errorInfo/faultString",schemaPath:"urn:edi-clients:ecgrid#/$defs/ECGridOSErrorInfo/properties/faultString/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/errorInfo",schemaPath:"urn:edi-clients:ecgrid#/$defs/ECGridOSErrorInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs27 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/errorInfo",schemaPath:"#/properties/errorInfo/oneOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs27 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err16 = {instancePath:instancePath+"/errorInfo",schemaPath:"#/properties/errorInfo/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"errorCode":true,"data":true,"httpStatus":true,"success":true,"message":true,"detail":true,"traceId":true,"errorInfo":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"errorCode":true,"data":true,"httpStatus":true,"success":true,"message":true,"detail":true,"traceId":true,"errorInfo":true},"dynamicProps":false,"dynamicItems":false};

export const v2 = validate25;
const schema38 = {"$id":"urn:edi-clients:ecgrid:v2","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"null"}}}]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v2" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(data.data !== null){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v3 = validate26;
const schema40 = {"$id":"urn:edi-clients:ecgrid:v3","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/SessionInfo"}}}]};
const schema42 = {"type":"object","properties":{"userId":{"type":"integer","format":"int32"},"login":{"type":"string"},"networkId":{"type":"integer","format":"int32"},"mailboxId":{"type":"integer","format":"int32"},"authLevel":{"$ref":"urn:edi-clients:ecgrid#/$defs/AuthLevelOpen"},"expiresAt":{"type":"string","format":"date-time"}}};
const schema43 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/AuthLevel"},{"type":"string"}]};
const schema44 = {"type":"string","enum":["NoChange","Root","TechOps","NetOps","NetworkAdmin","NetworkUser","MailboxAdmin","MailboxUser","TPUser","General"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/AuthLevel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((data === "NoChange") || (data === "Root")) || (data === "TechOps")) || (data === "NetOps")) || (data === "NetworkAdmin")) || (data === "NetworkUser")) || (data === "MailboxAdmin")) || (data === "MailboxUser")) || (data === "TPUser")) || (data === "General"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/AuthLevel/enum",keyword:"enum",params:{allowedValues: schema44.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId !== undefined){
let data0 = data.userId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.login !== undefined){
if(typeof data.login !== "string"){
const err2 = {instancePath:instancePath+"/login",schemaPath:"#/properties/login/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.networkId !== undefined){
let data2 = data.networkId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err4 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data3 = data.mailboxId;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.authLevel !== undefined){
if(!(validate28(data.authLevel, {instancePath:instancePath+"/authLevel",parentData:data,parentDataProperty:"authLevel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.expiresAt !== undefined){
let data5 = data.expiresAt;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"userId":true,"login":true,"networkId":true,"mailboxId":true,"authLevel":true,"expiresAt":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v3" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate27(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v4 = validate31;
const schema45 = {"$id":"urn:edi-clients:ecgrid:v4","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/VersionInfo"}}}]};
const schema47 = {"type":"object","required":["version"],"properties":{"version":{"type":"string"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v4" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.version === undefined){
const err10 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/VersionInfo/required",keyword:"required",params:{missingProperty: "version"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.version !== undefined){
if(typeof data5.version !== "string"){
const err11 = {instancePath:instancePath+"/data/version",schemaPath:"urn:edi-clients:ecgrid#/$defs/VersionInfo/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/VersionInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v5 = validate32;
const schema48 = {"$id":"urn:edi-clients:ecgrid:v5","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkIDInfo"}}}]};
const schema50 = {"type":"object","required":["networkId"],"properties":{"networkId":{"type":"integer","format":"int32"},"uniqueId":{"type":"string"},"companyName":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"},"created":{"type":"string","format":"date-time"},"modified":{"type":"string","format":"date-time"}}};
const schema51 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/Status"},{"type":"string"}]};
const schema52 = {"type":"string","enum":["Development","Active","Preproduction","Suspended","Terminated"]};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "Development") || (data === "Active")) || (data === "Preproduction")) || (data === "Suspended")) || (data === "Terminated"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.networkId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.networkId !== undefined){
let data0 = data.networkId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.uniqueId !== undefined){
if(typeof data.uniqueId !== "string"){
const err3 = {instancePath:instancePath+"/uniqueId",schemaPath:"#/properties/uniqueId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.companyName !== undefined){
if(typeof data.companyName !== "string"){
const err4 = {instancePath:instancePath+"/companyName",schemaPath:"#/properties/companyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err5 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.modified !== undefined){
let data5 = data.modified;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"networkId":true,"uniqueId":true,"companyName":true,"status":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v5" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate33(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v6 = validate37;
const schema53 = {"$id":"urn:edi-clients:ecgrid:v6","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkContactInfo"}}}]};
const schema55 = {"type":"object","properties":{"networkId":{"type":"integer","format":"int32"},"contactType":{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkContactTypeOpen"},"name":{"type":"string"},"email":{"type":"string"},"phone":{"type":"string"}}};
const schema56 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkContactType"},{"type":"string"}]};
const schema57 = {"type":"string","enum":["Owner","Errors","Interconnects","Notices","Reports","Accounting","CustomerService"]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/NetworkContactType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((data === "Owner") || (data === "Errors")) || (data === "Interconnects")) || (data === "Notices")) || (data === "Reports")) || (data === "Accounting")) || (data === "CustomerService"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/NetworkContactType/enum",keyword:"enum",params:{allowedValues: schema57.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.networkId !== undefined){
let data0 = data.networkId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.contactType !== undefined){
if(!(validate39(data.contactType, {instancePath:instancePath+"/contactType",parentData:data,parentDataProperty:"contactType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.phone !== undefined){
if(typeof data.phone !== "string"){
const err4 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"networkId":true,"contactType":true,"name":true,"email":true,"phone":true},"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v6" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate38(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v7 = validate42;
const schema58 = {"$id":"urn:edi-clients:ecgrid:v7","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkList"}}}]};
const schema60 = {"allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/PageInfo"},{"type":"object","properties":{"networks":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkIDInfo"}}}}]};
const schema61 = {"type":"object","properties":{"totalRecords":{"type":"integer","format":"int32"},"pageNo":{"type":"integer","format":"int32"},"recordsPerPage":{"type":"integer","format":"int32"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.networkId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.networkId !== undefined){
let data0 = data.networkId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.uniqueId !== undefined){
if(typeof data.uniqueId !== "string"){
const err3 = {instancePath:instancePath+"/uniqueId",schemaPath:"#/properties/uniqueId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.companyName !== undefined){
if(typeof data.companyName !== "string"){
const err4 = {instancePath:instancePath+"/companyName",schemaPath:"#/properties/companyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err5 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.modified !== undefined){
let data5 = data.modified;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":{"networkId":true,"uniqueId":true,"companyName":true,"status":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords !== undefined){
let data0 = data.totalRecords;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.pageNo !== undefined){
let data1 = data.pageNo;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err3 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.recordsPerPage !== undefined){
let data2 = data.recordsPerPage;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.networks !== undefined){
let data3 = data.networks;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data3[i0], {instancePath:instancePath+"/networks/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/networks",schemaPath:"#/allOf/1/properties/networks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"networks":true,"totalRecords":true,"pageNo":true,"recordsPerPage":true},"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v7" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate43(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v8 = validate48;
const schema63 = {"$id":"urn:edi-clients:ecgrid:v8","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/MailboxIDInfo"}}}]};
const schema65 = {"type":"object","required":["mailboxId"],"properties":{"mailboxId":{"type":"integer","format":"int32"},"networkId":{"type":"integer","format":"int32"},"uniqueId":{"type":"string"},"companyName":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"},"created":{"type":"string","format":"date-time"},"modified":{"type":"string","format":"date-time"}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mailboxId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mailboxId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mailboxId !== undefined){
let data0 = data.mailboxId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data1 = data.networkId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.uniqueId !== undefined){
if(typeof data.uniqueId !== "string"){
const err5 = {instancePath:instancePath+"/uniqueId",schemaPath:"#/properties/uniqueId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.companyName !== undefined){
if(typeof data.companyName !== "string"){
const err6 = {instancePath:instancePath+"/companyName",schemaPath:"#/properties/companyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data5 = data.created;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.modified !== undefined){
let data6 = data.modified;
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
const err9 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"mailboxId":true,"networkId":true,"uniqueId":true,"companyName":true,"status":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v8" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate49(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v9 = validate52;
const schema66 = {"$id":"urn:edi-clients:ecgrid:v9","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/MailboxList"}}}]};
const schema68 = {"allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/PageInfo"},{"type":"object","properties":{"mailboxes":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/MailboxIDInfo"}}}}]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mailboxId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mailboxId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mailboxId !== undefined){
let data0 = data.mailboxId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data1 = data.networkId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.uniqueId !== undefined){
if(typeof data.uniqueId !== "string"){
const err5 = {instancePath:instancePath+"/uniqueId",schemaPath:"#/properties/uniqueId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.companyName !== undefined){
if(typeof data.companyName !== "string"){
const err6 = {instancePath:instancePath+"/companyName",schemaPath:"#/properties/companyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data5 = data.created;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.modified !== undefined){
let data6 = data.modified;
if(typeof data6 === "string"){
if(!(formats2.test(data6))){
const err9 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"mailboxId":true,"networkId":true,"uniqueId":true,"companyName":true,"status":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords !== undefined){
let data0 = data.totalRecords;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.pageNo !== undefined){
let data1 = data.pageNo;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err3 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.recordsPerPage !== undefined){
let data2 = data.recordsPerPage;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mailboxes !== undefined){
let data3 = data.mailboxes;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data3[i0], {instancePath:instancePath+"/mailboxes/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/mailboxes",schemaPath:"#/allOf/1/properties/mailboxes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"mailboxes":true,"totalRecords":true,"pageNo":true,"recordsPerPage":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v9" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate53(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v10 = validate58;
const schema71 = {"$id":"urn:edi-clients:ecgrid:v10","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/ECGridIDInfo"}}}]};
const schema73 = {"type":"object","required":["ecGridId"],"properties":{"ecGridId":{"type":"integer","format":"int32"},"mailboxId":{"type":"integer","format":"int32"},"networkId":{"type":"integer","format":"int32"},"qualifier":{"type":"string"},"id":{"type":"string"},"description":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/ECGridIDStatusOpen"},"routingGroup":{"$ref":"urn:edi-clients:ecgrid#/$defs/RoutingGroupOpen"},"ediStandard":{"$ref":"urn:edi-clients:ecgrid#/$defs/EDIStandardOpen"}}};
const schema74 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/Status"},{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusECGridID"},{"type":"string","enum":["Inactive"]},{"type":"string"}]};
const schema76 = {"type":"string","enum":["Active","AutoRoute","Pending","Suspended","Terminated","Duplicate"]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "Development") || (data === "Active")) || (data === "Preproduction")) || (data === "Suspended")) || (data === "Terminated"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusECGridID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((data === "Active") || (data === "AutoRoute")) || (data === "Pending")) || (data === "Suspended")) || (data === "Terminated")) || (data === "Duplicate"))){
const err3 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusECGridID/enum",keyword:"enum",params:{allowedValues: schema76.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data === "Inactive")){
const err5 = {instancePath,schemaPath:"#/anyOf/2/enum",keyword:"enum",params:{allowedValues: schema74.anyOf[2].enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
const _errs9 = errors;
if(typeof data !== "string"){
const err6 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema77 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/RoutingGroup"},{"type":"string"}]};
const schema78 = {"type":"string","enum":["ProductionA","ProductionB","Migration1","Migration2","ManagedFileTransfer","Test","SuperHub","Suspense1","Suspense2","Suspense3","NetOpsOnly1","NetOpsOnly2"]};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/RoutingGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((data === "ProductionA") || (data === "ProductionB")) || (data === "Migration1")) || (data === "Migration2")) || (data === "ManagedFileTransfer")) || (data === "Test")) || (data === "SuperHub")) || (data === "Suspense1")) || (data === "Suspense2")) || (data === "Suspense3")) || (data === "NetOpsOnly1")) || (data === "NetOpsOnly2"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/RoutingGroup/enum",keyword:"enum",params:{allowedValues: schema78.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema79 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/EDIStandard"},{"type":"string","enum":["PEPPOL"]},{"type":"string"}]};
const schema80 = {"type":"string","enum":["X12","EDIFACT","TRADACOMS","VDA","XML","TXT","PDF","Binary"]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/EDIStandard/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((data === "X12") || (data === "EDIFACT")) || (data === "TRADACOMS")) || (data === "VDA")) || (data === "XML")) || (data === "TXT")) || (data === "PDF")) || (data === "Binary"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/EDIStandard/enum",keyword:"enum",params:{allowedValues: schema80.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data === "PEPPOL")){
const err3 = {instancePath,schemaPath:"#/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema79.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs6 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ecGridId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ecGridId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ecGridId !== undefined){
let data0 = data.ecGridId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/ecGridId",schemaPath:"#/properties/ecGridId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/ecGridId",schemaPath:"#/properties/ecGridId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data2 = data.networkId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.qualifier !== undefined){
if(typeof data.qualifier !== "string"){
const err7 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate60(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.routingGroup !== undefined){
if(!(validate62(data.routingGroup, {instancePath:instancePath+"/routingGroup",parentData:data,parentDataProperty:"routingGroup",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.ediStandard !== undefined){
if(!(validate64(data.ediStandard, {instancePath:instancePath+"/ediStandard",parentData:data,parentDataProperty:"ediStandard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"ecGridId":true,"mailboxId":true,"networkId":true,"qualifier":true,"id":true,"description":true,"status":true,"routingGroup":true,"ediStandard":true},"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v10" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate59(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v11 = validate67;
const schema81 = {"$id":"urn:edi-clients:ecgrid:v11","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"boolean"}}}]};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v11" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(typeof data.data !== "boolean"){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v12 = validate68;
const schema83 = {"$id":"urn:edi-clients:ecgrid:v12","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/ECGridIDInfo"}}}}]};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ecGridId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ecGridId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ecGridId !== undefined){
let data0 = data.ecGridId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/ecGridId",schemaPath:"#/properties/ecGridId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/ecGridId",schemaPath:"#/properties/ecGridId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data2 = data.networkId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.qualifier !== undefined){
if(typeof data.qualifier !== "string"){
const err7 = {instancePath:instancePath+"/qualifier",schemaPath:"#/properties/qualifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate60(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.routingGroup !== undefined){
if(!(validate62(data.routingGroup, {instancePath:instancePath+"/routingGroup",parentData:data,parentDataProperty:"routingGroup",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.ediStandard !== undefined){
if(!(validate64(data.ediStandard, {instancePath:instancePath+"/ediStandard",parentData:data,parentDataProperty:"ediStandard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"ecGridId":true,"mailboxId":true,"networkId":true,"qualifier":true,"id":true,"description":true,"status":true,"routingGroup":true,"ediStandard":true},"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v12" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate69(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v13 = validate74;
const schema86 = {"$id":"urn:edi-clients:ecgrid:v13","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/MailboxDefaultInfo"}}}]};
const schema88 = {"type":"object","required":["mailboxId"],"properties":{"mailboxId":{"type":"integer","format":"int32"},"networkId":{"type":"integer","format":"int32"},"mailboxName":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mailboxId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mailboxId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mailboxId !== undefined){
let data0 = data.mailboxId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data1 = data.networkId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.mailboxName !== undefined){
if(typeof data.mailboxName !== "string"){
const err5 = {instancePath:instancePath+"/mailboxName",schemaPath:"#/properties/mailboxName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":{"mailboxId":true,"networkId":true,"mailboxName":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v13" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate75(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v14 = validate78;
const schema89 = {"$id":"urn:edi-clients:ecgrid:v14","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterconnectIDInfo"}}}]};
const schema91 = {"type":"object","required":["interconnectId"],"properties":{"interconnectId":{"type":"integer","format":"int32"},"ecGridIdFrom":{"type":"integer","format":"int32"},"ecGridIdTo":{"type":"integer","format":"int32"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterconnectStatusOpen"},"created":{"type":"string","format":"date-time"},"modified":{"type":"string","format":"date-time"}}};
const schema92 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/Status"},{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusInterconnect"},{"type":"string"}]};
const schema94 = {"type":"string","enum":["Pending","Completed","Canceled","Delayed","Problem","AuthorizationRequired","NoStatusChange"]};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "Development") || (data === "Active")) || (data === "Preproduction")) || (data === "Suspended")) || (data === "Terminated"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusInterconnect/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((data === "Pending") || (data === "Completed")) || (data === "Canceled")) || (data === "Delayed")) || (data === "Problem")) || (data === "AuthorizationRequired")) || (data === "NoStatusChange"))){
const err3 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusInterconnect/enum",keyword:"enum",params:{allowedValues: schema94.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interconnectId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interconnectId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.interconnectId !== undefined){
let data0 = data.interconnectId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/interconnectId",schemaPath:"#/properties/interconnectId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/interconnectId",schemaPath:"#/properties/interconnectId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.ecGridIdFrom !== undefined){
let data1 = data.ecGridIdFrom;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.ecGridIdTo !== undefined){
let data2 = data.ecGridIdTo;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate80(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.modified !== undefined){
let data5 = data.modified;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err9 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":{"interconnectId":true,"ecGridIdFrom":true,"ecGridIdTo":true,"status":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v14" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate79(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v15 = validate83;
const schema95 = {"$id":"urn:edi-clients:ecgrid:v15","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"integer","format":"int32"}}}]};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v15" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats0.validate(data5))){
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v16 = validate84;
const schema97 = {"$id":"urn:edi-clients:ecgrid:v16","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterconnectIDInfo"}}}}]};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interconnectId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interconnectId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.interconnectId !== undefined){
let data0 = data.interconnectId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/interconnectId",schemaPath:"#/properties/interconnectId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/interconnectId",schemaPath:"#/properties/interconnectId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.ecGridIdFrom !== undefined){
let data1 = data.ecGridIdFrom;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.ecGridIdTo !== undefined){
let data2 = data.ecGridIdTo;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate80(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.modified !== undefined){
let data5 = data.modified;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err9 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":{"interconnectId":true,"ecGridIdFrom":true,"ecGridIdTo":true,"status":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v16" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate85(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v17 = validate88;
const schema100 = {"$id":"urn:edi-clients:ecgrid:v17","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo"}}}}]};
const schema102 = {"type":"object","properties":{"text":{"type":"string"},"timestamp":{"type":"string","format":"date-time"},"userId":{"type":"integer","format":"int32"}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v17" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.text !== undefined){
if(typeof data6.text !== "string"){
const err10 = {instancePath:instancePath+"/data/" + i0+"/text",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo/properties/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.timestamp !== undefined){
let data8 = data6.timestamp;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err11 = {instancePath:instancePath+"/data/" + i0+"/timestamp",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo/properties/timestamp/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/data/" + i0+"/timestamp",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo/properties/timestamp/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.userId !== undefined){
let data9 = data6.userId;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err13 = {instancePath:instancePath+"/data/" + i0+"/userId",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err14 = {instancePath:instancePath+"/data/" + i0+"/userId",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/InterconnectNoteInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v18 = validate89;
const schema103 = {"$id":"urn:edi-clients:ecgrid:v18","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelIDInfo"}}}]};
const schema105 = {"type":"object","required":["parcelId"],"properties":{"parcelId":{"type":"integer","format":"int64"},"mailboxId":{"type":"integer","format":"int32"},"networkId":{"type":"integer","format":"int32"},"fileName":{"type":"string"},"bytes":{"type":"integer","format":"int64"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelStatusOpen"},"ecGridIdFrom":{"type":"integer","format":"int32"},"ecGridIdTo":{"type":"integer","format":"int32"},"created":{"type":"string","format":"date-time"},"modified":{"type":"string","format":"date-time"}}};
const formats134 = ajvFormats.int64;
const schema106 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelStatus"},{"type":"string","enum":["OutBoxDelivered","OutBoxQueued"]},{"type":"string"}]};
const schema107 = {"type":"string","enum":["InBoxReady","InBoxTransferred","InBoxArchived","as2Receive","as2Sent","ftpReceived","ftpSent","outboxPending","outboxSent","outboxAcknowledged","outboxRetry","outboxFailed","outboxDeliveryError","outboxTransferred","Cancelled","VaultReady"]};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((data === "InBoxReady") || (data === "InBoxTransferred")) || (data === "InBoxArchived")) || (data === "as2Receive")) || (data === "as2Sent")) || (data === "ftpReceived")) || (data === "ftpSent")) || (data === "outboxPending")) || (data === "outboxSent")) || (data === "outboxAcknowledged")) || (data === "outboxRetry")) || (data === "outboxFailed")) || (data === "outboxDeliveryError")) || (data === "outboxTransferred")) || (data === "Cancelled")) || (data === "VaultReady"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelStatus/enum",keyword:"enum",params:{allowedValues: schema107.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data === "OutBoxDelivered") || (data === "OutBoxQueued"))){
const err3 = {instancePath,schemaPath:"#/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema106.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs6 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parcelId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parcelId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.parcelId !== undefined){
let data0 = data.parcelId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats134.validate(data0))){
const err2 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data2 = data.networkId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.fileName !== undefined){
if(typeof data.fileName !== "string"){
const err7 = {instancePath:instancePath+"/fileName",schemaPath:"#/properties/fileName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.bytes !== undefined){
let data4 = data.bytes;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats134.validate(data4))){
const err9 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate91(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
if(data.ecGridIdFrom !== undefined){
let data6 = data.ecGridIdFrom;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.ecGridIdTo !== undefined){
let data7 = data.ecGridIdTo;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err13 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.created !== undefined){
let data8 = data.created;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err14 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.modified !== undefined){
let data9 = data.modified;
if(typeof data9 === "string"){
if(!(formats2.test(data9))){
const err16 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":{"parcelId":true,"mailboxId":true,"networkId":true,"fileName":true,"bytes":true,"status":true,"ecGridIdFrom":true,"ecGridIdTo":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v18" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate90(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v19 = validate94;
const schema108 = {"$id":"urn:edi-clients:ecgrid:v19","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo"}}}]};
const schema110 = {"type":"object","required":["parcelId","content"],"properties":{"parcelId":{"type":"integer","format":"int64"},"fileName":{"type":"string"},"content":{"type":"string"},"bytes":{"type":"integer","format":"int64"}}};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v19" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.parcelId === undefined){
const err10 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/required",keyword:"required",params:{missingProperty: "parcelId"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.content === undefined){
const err11 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/required",keyword:"required",params:{missingProperty: "content"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.parcelId !== undefined){
let data6 = data5.parcelId;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/data/parcelId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/properties/parcelId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats134.validate(data6))){
const err13 = {instancePath:instancePath+"/data/parcelId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/properties/parcelId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data5.fileName !== undefined){
if(typeof data5.fileName !== "string"){
const err14 = {instancePath:instancePath+"/data/fileName",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/properties/fileName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.content !== undefined){
if(typeof data5.content !== "string"){
const err15 = {instancePath:instancePath+"/data/content",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/properties/content/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.bytes !== undefined){
let data9 = data5.bytes;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/data/bytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/properties/bytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats134.validate(data9))){
const err17 = {instancePath:instancePath+"/data/bytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/properties/bytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelDownloadInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v20 = validate95;
const schema111 = {"$id":"urn:edi-clients:ecgrid:v20","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelIDInfo"}}}}]};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parcelId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "parcelId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.parcelId !== undefined){
let data0 = data.parcelId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats134.validate(data0))){
const err2 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data2 = data.networkId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.fileName !== undefined){
if(typeof data.fileName !== "string"){
const err7 = {instancePath:instancePath+"/fileName",schemaPath:"#/properties/fileName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.bytes !== undefined){
let data4 = data.bytes;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats134.validate(data4))){
const err9 = {instancePath:instancePath+"/bytes",schemaPath:"#/properties/bytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate91(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
if(data.ecGridIdFrom !== undefined){
let data6 = data.ecGridIdFrom;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/ecGridIdFrom",schemaPath:"#/properties/ecGridIdFrom/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.ecGridIdTo !== undefined){
let data7 = data.ecGridIdTo;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err13 = {instancePath:instancePath+"/ecGridIdTo",schemaPath:"#/properties/ecGridIdTo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.created !== undefined){
let data8 = data.created;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err14 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.modified !== undefined){
let data9 = data.modified;
if(typeof data9 === "string"){
if(!(formats2.test(data9))){
const err16 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":{"parcelId":true,"mailboxId":true,"networkId":true,"fileName":true,"bytes":true,"status":true,"ecGridIdFrom":true,"ecGridIdTo":true,"created":true,"modified":true},"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v20" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate96(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v21 = validate99;
const schema114 = {"$id":"urn:edi-clients:ecgrid:v21","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo"}}}}]};
const schema116 = {"type":"object","properties":{"interchangeId":{"type":"integer","format":"int64"},"sender":{"type":"string"},"receiver":{"type":"string"},"documentType":{"type":"string"},"count":{"type":"integer","format":"int32"}}};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v21" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.interchangeId !== undefined){
let data7 = data6.interchangeId;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/data/" + i0+"/interchangeId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/interchangeId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats134.validate(data7))){
const err11 = {instancePath:instancePath+"/data/" + i0+"/interchangeId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/interchangeId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data6.sender !== undefined){
if(typeof data6.sender !== "string"){
const err12 = {instancePath:instancePath+"/data/" + i0+"/sender",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/sender/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.receiver !== undefined){
if(typeof data6.receiver !== "string"){
const err13 = {instancePath:instancePath+"/data/" + i0+"/receiver",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/receiver/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.documentType !== undefined){
if(typeof data6.documentType !== "string"){
const err14 = {instancePath:instancePath+"/data/" + i0+"/documentType",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/documentType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.count !== undefined){
let data11 = data6.count;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err15 = {instancePath:instancePath+"/data/" + i0+"/count",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(!(formats0.validate(data11))){
const err16 = {instancePath:instancePath+"/data/" + i0+"/count",schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/properties/count/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelManifestInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v22 = validate100;
const schema117 = {"$id":"urn:edi-clients:ecgrid:v22","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"integer","format":"int64"}}}]};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v22" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats134.validate(data5))){
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v23 = validate101;
const schema119 = {"$id":"urn:edi-clients:ecgrid:v23","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeIDInfo"}}}]};
const schema121 = {"type":"object","required":["interchangeId"],"properties":{"interchangeId":{"type":"integer","format":"int64"},"parcelId":{"type":"integer","format":"int64"},"sender":{"type":"string"},"receiver":{"type":"string"},"standard":{"$ref":"urn:edi-clients:ecgrid#/$defs/EDIStandardOpen"},"documentType":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeStatusOpen"},"created":{"type":"string","format":"date-time"}}};
const schema122 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/Status"},{"$ref":"urn:edi-clients:ecgrid#/$defs/ParcelStatus"},{"type":"string","enum":["Received","Delivered"]},{"type":"string"}]};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "Development") || (data === "Active")) || (data === "Preproduction")) || (data === "Suspended")) || (data === "Terminated"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((((((((((data === "InBoxReady") || (data === "InBoxTransferred")) || (data === "InBoxArchived")) || (data === "as2Receive")) || (data === "as2Sent")) || (data === "ftpReceived")) || (data === "ftpSent")) || (data === "outboxPending")) || (data === "outboxSent")) || (data === "outboxAcknowledged")) || (data === "outboxRetry")) || (data === "outboxFailed")) || (data === "outboxDeliveryError")) || (data === "outboxTransferred")) || (data === "Cancelled")) || (data === "VaultReady"))){
const err3 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ParcelStatus/enum",keyword:"enum",params:{allowedValues: schema107.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data === "Received") || (data === "Delivered"))){
const err5 = {instancePath,schemaPath:"#/anyOf/2/enum",keyword:"enum",params:{allowedValues: schema122.anyOf[2].enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
const _errs9 = errors;
if(typeof data !== "string"){
const err6 = {instancePath,schemaPath:"#/anyOf/3/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interchangeId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interchangeId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.interchangeId !== undefined){
let data0 = data.interchangeId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/interchangeId",schemaPath:"#/properties/interchangeId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats134.validate(data0))){
const err2 = {instancePath:instancePath+"/interchangeId",schemaPath:"#/properties/interchangeId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.parcelId !== undefined){
let data1 = data.parcelId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats134.validate(data1))){
const err4 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.sender !== undefined){
if(typeof data.sender !== "string"){
const err5 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.receiver !== undefined){
if(typeof data.receiver !== "string"){
const err6 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.standard !== undefined){
if(!(validate64(data.standard, {instancePath:instancePath+"/standard",parentData:data,parentDataProperty:"standard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.documentType !== undefined){
if(typeof data.documentType !== "string"){
const err7 = {instancePath:instancePath+"/documentType",schemaPath:"#/properties/documentType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate104(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data7 = data.created;
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":{"interchangeId":true,"parcelId":true,"sender":true,"receiver":true,"standard":true,"documentType":true,"status":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v23" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate102(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v24 = validate107;
const schema125 = {"$id":"urn:edi-clients:ecgrid:v24","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"string","format":"date-time"}}}]};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v24" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v25 = validate108;
const schema127 = {"$id":"urn:edi-clients:ecgrid:v25","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo"}}}]};
const schema129 = {"type":"object","properties":{"authorizationInfoQualifier":{"type":"string"},"authorizationInfo":{"type":"string"},"securityInfoQualifier":{"type":"string"},"securityInfo":{"type":"string"},"senderIdQualifier":{"type":"string"},"senderId":{"type":"string"},"receiverIdQualifier":{"type":"string"},"receiverId":{"type":"string"},"interchangeDate":{"type":"string"},"interchangeTime":{"type":"string"},"repetitionSeparator":{"type":"string"},"controlVersionNumber":{"type":"string"},"controlNumber":{"type":"string"},"acknowledgmentRequested":{"type":"string"},"usageIndicator":{"type":"string"},"componentElementSeparator":{"type":"string"}}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v25" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.authorizationInfoQualifier !== undefined){
if(typeof data5.authorizationInfoQualifier !== "string"){
const err10 = {instancePath:instancePath+"/data/authorizationInfoQualifier",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/authorizationInfoQualifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.authorizationInfo !== undefined){
if(typeof data5.authorizationInfo !== "string"){
const err11 = {instancePath:instancePath+"/data/authorizationInfo",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/authorizationInfo/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.securityInfoQualifier !== undefined){
if(typeof data5.securityInfoQualifier !== "string"){
const err12 = {instancePath:instancePath+"/data/securityInfoQualifier",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/securityInfoQualifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.securityInfo !== undefined){
if(typeof data5.securityInfo !== "string"){
const err13 = {instancePath:instancePath+"/data/securityInfo",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/securityInfo/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.senderIdQualifier !== undefined){
if(typeof data5.senderIdQualifier !== "string"){
const err14 = {instancePath:instancePath+"/data/senderIdQualifier",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/senderIdQualifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.senderId !== undefined){
if(typeof data5.senderId !== "string"){
const err15 = {instancePath:instancePath+"/data/senderId",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/senderId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.receiverIdQualifier !== undefined){
if(typeof data5.receiverIdQualifier !== "string"){
const err16 = {instancePath:instancePath+"/data/receiverIdQualifier",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/receiverIdQualifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.receiverId !== undefined){
if(typeof data5.receiverId !== "string"){
const err17 = {instancePath:instancePath+"/data/receiverId",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/receiverId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.interchangeDate !== undefined){
if(typeof data5.interchangeDate !== "string"){
const err18 = {instancePath:instancePath+"/data/interchangeDate",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/interchangeDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.interchangeTime !== undefined){
if(typeof data5.interchangeTime !== "string"){
const err19 = {instancePath:instancePath+"/data/interchangeTime",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/interchangeTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.repetitionSeparator !== undefined){
if(typeof data5.repetitionSeparator !== "string"){
const err20 = {instancePath:instancePath+"/data/repetitionSeparator",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/repetitionSeparator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.controlVersionNumber !== undefined){
if(typeof data5.controlVersionNumber !== "string"){
const err21 = {instancePath:instancePath+"/data/controlVersionNumber",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/controlVersionNumber/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.controlNumber !== undefined){
if(typeof data5.controlNumber !== "string"){
const err22 = {instancePath:instancePath+"/data/controlNumber",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/controlNumber/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.acknowledgmentRequested !== undefined){
if(typeof data5.acknowledgmentRequested !== "string"){
const err23 = {instancePath:instancePath+"/data/acknowledgmentRequested",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/acknowledgmentRequested/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.usageIndicator !== undefined){
if(typeof data5.usageIndicator !== "string"){
const err24 = {instancePath:instancePath+"/data/usageIndicator",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/usageIndicator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.componentElementSeparator !== undefined){
if(typeof data5.componentElementSeparator !== "string"){
const err25 = {instancePath:instancePath+"/data/componentElementSeparator",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/properties/componentElementSeparator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeHeaderInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v26 = validate109;
const schema130 = {"$id":"urn:edi-clients:ecgrid:v26","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo"}}}}]};
const schema132 = {"type":"object","properties":{"functionalGroup":{"type":"string"},"transactionSetType":{"type":"string"},"transactionSetCount":{"type":"integer","format":"int32"},"groupControlNumber":{"type":"string"}}};

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v26" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.functionalGroup !== undefined){
if(typeof data6.functionalGroup !== "string"){
const err10 = {instancePath:instancePath+"/data/" + i0+"/functionalGroup",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo/properties/functionalGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.transactionSetType !== undefined){
if(typeof data6.transactionSetType !== "string"){
const err11 = {instancePath:instancePath+"/data/" + i0+"/transactionSetType",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo/properties/transactionSetType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.transactionSetCount !== undefined){
let data9 = data6.transactionSetCount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err12 = {instancePath:instancePath+"/data/" + i0+"/transactionSetCount",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo/properties/transactionSetCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err13 = {instancePath:instancePath+"/data/" + i0+"/transactionSetCount",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo/properties/transactionSetCount/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data6.groupControlNumber !== undefined){
if(typeof data6.groupControlNumber !== "string"){
const err14 = {instancePath:instancePath+"/data/" + i0+"/groupControlNumber",schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo/properties/groupControlNumber/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/InterchangeManifestInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v27 = validate110;
const schema133 = {"$id":"urn:edi-clients:ecgrid:v27","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeList"}}}]};
const schema135 = {"allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/PageInfo"},{"type":"object","properties":{"interchanges":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeIDInfo"}}}}]};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interchangeId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interchangeId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.interchangeId !== undefined){
let data0 = data.interchangeId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/interchangeId",schemaPath:"#/properties/interchangeId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats134.validate(data0))){
const err2 = {instancePath:instancePath+"/interchangeId",schemaPath:"#/properties/interchangeId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.parcelId !== undefined){
let data1 = data.parcelId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats134.validate(data1))){
const err4 = {instancePath:instancePath+"/parcelId",schemaPath:"#/properties/parcelId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.sender !== undefined){
if(typeof data.sender !== "string"){
const err5 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.receiver !== undefined){
if(typeof data.receiver !== "string"){
const err6 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.standard !== undefined){
if(!(validate64(data.standard, {instancePath:instancePath+"/standard",parentData:data,parentDataProperty:"standard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.documentType !== undefined){
if(typeof data.documentType !== "string"){
const err7 = {instancePath:instancePath+"/documentType",schemaPath:"#/properties/documentType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate104(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data7 = data.created;
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":{"interchangeId":true,"parcelId":true,"sender":true,"receiver":true,"standard":true,"documentType":true,"status":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords !== undefined){
let data0 = data.totalRecords;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.pageNo !== undefined){
let data1 = data.pageNo;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err3 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.recordsPerPage !== undefined){
let data2 = data.recordsPerPage;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interchanges !== undefined){
let data3 = data.interchanges;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate112(data3[i0], {instancePath:instancePath+"/interchanges/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/interchanges",schemaPath:"#/allOf/1/properties/interchanges/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":{"interchanges":true,"totalRecords":true,"pageNo":true,"recordsPerPage":true},"dynamicProps":false,"dynamicItems":false};


function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v27" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate111(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v28 = validate117;
const schema138 = {"$id":"urn:edi-clients:ecgrid:v28","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallbackInfo"}}}]};
const schema140 = {"type":"object","required":["callbackId"],"properties":{"callbackId":{"type":"integer","format":"int32"},"url":{"type":"string","format":"uri"},"event":{"$ref":"urn:edi-clients:ecgrid#/$defs/ObjectsOpen"},"mailboxId":{"type":"integer","format":"int32"},"networkId":{"type":"integer","format":"int32"},"httpAuthType":{"$ref":"urn:edi-clients:ecgrid#/$defs/HTTPAuthTypeOpen"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallBackStatusOpen"}}};
const formats220 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
const schema141 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/Objects"},{"type":"string","enum":["ParcelNotes","EcgridId","As2","Gisb"]},{"type":"string"}]};
const schema142 = {"type":"string","enum":["System","User","Network","Mailbox","ECGridID","Interconnect","Migration","Parcel","Interchange","CarbonCopy","CallBackEvent","AS2","Comm","GISB","InterconnectNote","PriceList","Contract","Invoice"]};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Objects/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((data === "System") || (data === "User")) || (data === "Network")) || (data === "Mailbox")) || (data === "ECGridID")) || (data === "Interconnect")) || (data === "Migration")) || (data === "Parcel")) || (data === "Interchange")) || (data === "CarbonCopy")) || (data === "CallBackEvent")) || (data === "AS2")) || (data === "Comm")) || (data === "GISB")) || (data === "InterconnectNote")) || (data === "PriceList")) || (data === "Contract")) || (data === "Invoice"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Objects/enum",keyword:"enum",params:{allowedValues: schema142.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data === "ParcelNotes") || (data === "EcgridId")) || (data === "As2")) || (data === "Gisb"))){
const err3 = {instancePath,schemaPath:"#/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema141.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs6 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema143 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/HTTPAuthType"},{"type":"string","enum":["Certificate"]},{"type":"string"}]};
const schema144 = {"type":"string","enum":["None","Basic","Digest"]};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate121.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/HTTPAuthType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "None") || (data === "Basic")) || (data === "Digest"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/HTTPAuthType/enum",keyword:"enum",params:{allowedValues: schema144.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data === "Certificate")){
const err3 = {instancePath,schemaPath:"#/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema143.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs6 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate121.errors = vErrors;
return errors === 0;
}
validate121.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema145 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusCallBack"},{"$ref":"urn:edi-clients:ecgrid#/$defs/Status"},{"type":"string"}]};
const schema146 = {"type":"string","enum":["Active","Pending","Completed","Error","Canceled"]};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCallBack/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "Active") || (data === "Pending")) || (data === "Completed")) || (data === "Error")) || (data === "Canceled"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCallBack/enum",keyword:"enum",params:{allowedValues: schema146.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data === "Development") || (data === "Active")) || (data === "Preproduction")) || (data === "Suspended")) || (data === "Terminated"))){
const err3 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Status/enum",keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs7 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callbackId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callbackId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.callbackId !== undefined){
let data0 = data.callbackId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!(formats220.test(data1))){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.event !== undefined){
if(!(validate119(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
if(data.mailboxId !== undefined){
let data3 = data.mailboxId;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.networkId !== undefined){
let data4 = data.networkId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats0.validate(data4))){
const err8 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.httpAuthType !== undefined){
if(!(validate121(data.httpAuthType, {instancePath:instancePath+"/httpAuthType",parentData:data,parentDataProperty:"httpAuthType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"props":{"callbackId":true,"url":true,"event":true,"mailboxId":true,"networkId":true,"httpAuthType":true,"status":true},"dynamicProps":false,"dynamicItems":false};


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v28" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate118(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v29 = validate126;
const schema148 = {"$id":"urn:edi-clients:ecgrid:v29","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallbackEventList"}}}]};
const schema150 = {"allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/PageInfo"},{"type":"object","properties":{"events":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallbackEventInfo"}}}}]};
const schema152 = {"type":"object","required":["callbackEventId"],"properties":{"callbackEventId":{"type":"integer","format":"int32"},"callbackId":{"type":"integer","format":"int32"},"event":{"$ref":"urn:edi-clients:ecgrid#/$defs/ObjectsOpen"},"mailboxId":{"type":"integer","format":"int32"},"objectId":{"type":"integer","format":"int64"},"payload":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallBackStatusOpen"},"attempts":{"type":"integer","format":"int32"},"created":{"type":"string","format":"date-time"},"lastAttempt":{"type":"string","format":"date-time"},"delivered":{"type":"string","format":"date-time"},"httpStatus":{"type":"integer","format":"int32"}}};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callbackEventId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callbackEventId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.callbackEventId !== undefined){
let data0 = data.callbackEventId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/callbackEventId",schemaPath:"#/properties/callbackEventId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/callbackEventId",schemaPath:"#/properties/callbackEventId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.callbackId !== undefined){
let data1 = data.callbackId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.event !== undefined){
if(!(validate119(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
if(data.mailboxId !== undefined){
let data3 = data.mailboxId;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.objectId !== undefined){
let data4 = data.objectId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/objectId",schemaPath:"#/properties/objectId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats134.validate(data4))){
const err8 = {instancePath:instancePath+"/objectId",schemaPath:"#/properties/objectId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.payload !== undefined){
if(typeof data.payload !== "string"){
const err9 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.attempts !== undefined){
let data7 = data.attempts;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err11 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.created !== undefined){
let data8 = data.created;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.lastAttempt !== undefined){
let data9 = data.lastAttempt;
if(typeof data9 === "string"){
if(!(formats2.test(data9))){
const err14 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.delivered !== undefined){
let data10 = data.delivered;
if(typeof data10 === "string"){
if(!(formats2.test(data10))){
const err16 = {instancePath:instancePath+"/delivered",schemaPath:"#/properties/delivered/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/delivered",schemaPath:"#/properties/delivered/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.httpStatus !== undefined){
let data11 = data.httpStatus;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err18 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(!(formats0.validate(data11))){
const err19 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":{"callbackEventId":true,"callbackId":true,"event":true,"mailboxId":true,"objectId":true,"payload":true,"status":true,"attempts":true,"created":true,"lastAttempt":true,"delivered":true,"httpStatus":true},"dynamicProps":false,"dynamicItems":false};


function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords !== undefined){
let data0 = data.totalRecords;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.pageNo !== undefined){
let data1 = data.pageNo;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err3 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.recordsPerPage !== undefined){
let data2 = data.recordsPerPage;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.events !== undefined){
let data3 = data.events;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate128(data3[i0], {instancePath:instancePath+"/events/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/allOf/1/properties/events/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":{"events":true,"totalRecords":true,"pageNo":true,"recordsPerPage":true},"dynamicProps":false,"dynamicItems":false};


function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v29" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate126.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate127(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate126.errors = vErrors;
return errors === 0;
}
validate126.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v30 = validate133;
const schema153 = {"$id":"urn:edi-clients:ecgrid:v30","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallbackEventInfo"}}}]};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callbackEventId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callbackEventId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.callbackEventId !== undefined){
let data0 = data.callbackEventId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/callbackEventId",schemaPath:"#/properties/callbackEventId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/callbackEventId",schemaPath:"#/properties/callbackEventId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.callbackId !== undefined){
let data1 = data.callbackId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.event !== undefined){
if(!(validate119(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
if(data.mailboxId !== undefined){
let data3 = data.mailboxId;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.objectId !== undefined){
let data4 = data.objectId;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/objectId",schemaPath:"#/properties/objectId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats134.validate(data4))){
const err8 = {instancePath:instancePath+"/objectId",schemaPath:"#/properties/objectId/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.payload !== undefined){
if(typeof data.payload !== "string"){
const err9 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.attempts !== undefined){
let data7 = data.attempts;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err11 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.created !== undefined){
let data8 = data.created;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.lastAttempt !== undefined){
let data9 = data.lastAttempt;
if(typeof data9 === "string"){
if(!(formats2.test(data9))){
const err14 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.delivered !== undefined){
let data10 = data.delivered;
if(typeof data10 === "string"){
if(!(formats2.test(data10))){
const err16 = {instancePath:instancePath+"/delivered",schemaPath:"#/properties/delivered/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/delivered",schemaPath:"#/properties/delivered/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.httpStatus !== undefined){
let data11 = data.httpStatus;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err18 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(!(formats0.validate(data11))){
const err19 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":{"callbackEventId":true,"callbackId":true,"event":true,"mailboxId":true,"objectId":true,"payload":true,"status":true,"attempts":true,"created":true,"lastAttempt":true,"delivered":true,"httpStatus":true},"dynamicProps":false,"dynamicItems":false};


function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v30" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate134(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}
validate133.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v31 = validate138;
const schema156 = {"$id":"urn:edi-clients:ecgrid:v31","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallBackQueueIDInfo"}}}]};
const schema158 = {"type":"object","required":["callbackId"],"properties":{"callbackId":{"type":"integer","format":"int32"},"url":{"type":"string","format":"uri"},"event":{"$ref":"urn:edi-clients:ecgrid#/$defs/ObjectsOpen"},"mailboxId":{"type":"integer","format":"int32"},"queuedAt":{"type":"string","format":"date-time"},"lastAttempt":{"type":"string","format":"date-time"},"attempts":{"type":"integer","format":"int32"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallBackStatusOpen"},"lastHttpStatus":{"type":"integer","format":"int32"}}};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate139.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callbackId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callbackId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.callbackId !== undefined){
let data0 = data.callbackId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!(formats220.test(data1))){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.event !== undefined){
if(!(validate119(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
if(data.mailboxId !== undefined){
let data3 = data.mailboxId;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.queuedAt !== undefined){
let data4 = data.queuedAt;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err7 = {instancePath:instancePath+"/queuedAt",schemaPath:"#/properties/queuedAt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/queuedAt",schemaPath:"#/properties/queuedAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lastAttempt !== undefined){
let data5 = data.lastAttempt;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err9 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.attempts !== undefined){
let data6 = data.attempts;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err12 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.lastHttpStatus !== undefined){
let data8 = data.lastHttpStatus;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err13 = {instancePath:instancePath+"/lastHttpStatus",schemaPath:"#/properties/lastHttpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err14 = {instancePath:instancePath+"/lastHttpStatus",schemaPath:"#/properties/lastHttpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}
validate139.evaluated = {"props":{"callbackId":true,"url":true,"event":true,"mailboxId":true,"queuedAt":true,"lastAttempt":true,"attempts":true,"status":true,"lastHttpStatus":true},"dynamicProps":false,"dynamicItems":false};


function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v31" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate138.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate139(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}
validate138.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v32 = validate143;
const schema159 = {"$id":"urn:edi-clients:ecgrid:v32","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallbackQueueList"}}}]};
const schema161 = {"allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/PageInfo"},{"type":"object","properties":{"queueEntries":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallBackQueueIDInfo"}}}}]};

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.callbackId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "callbackId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.callbackId !== undefined){
let data0 = data.callbackId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/callbackId",schemaPath:"#/properties/callbackId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!(formats220.test(data1))){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.event !== undefined){
if(!(validate119(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
if(data.mailboxId !== undefined){
let data3 = data.mailboxId;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats0.validate(data3))){
const err6 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.queuedAt !== undefined){
let data4 = data.queuedAt;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err7 = {instancePath:instancePath+"/queuedAt",schemaPath:"#/properties/queuedAt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/queuedAt",schemaPath:"#/properties/queuedAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lastAttempt !== undefined){
let data5 = data.lastAttempt;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err9 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/lastAttempt",schemaPath:"#/properties/lastAttempt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.attempts !== undefined){
let data6 = data.attempts;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err12 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate123(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
if(data.lastHttpStatus !== undefined){
let data8 = data.lastHttpStatus;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err13 = {instancePath:instancePath+"/lastHttpStatus",schemaPath:"#/properties/lastHttpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err14 = {instancePath:instancePath+"/lastHttpStatus",schemaPath:"#/properties/lastHttpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"props":{"callbackId":true,"url":true,"event":true,"mailboxId":true,"queuedAt":true,"lastAttempt":true,"attempts":true,"status":true,"lastHttpStatus":true},"dynamicProps":false,"dynamicItems":false};


function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate144.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords !== undefined){
let data0 = data.totalRecords;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err1 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data.pageNo !== undefined){
let data1 = data.pageNo;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err3 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.recordsPerPage !== undefined){
let data2 = data.recordsPerPage;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.queueEntries !== undefined){
let data3 = data.queueEntries;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate145(data3[i0], {instancePath:instancePath+"/queueEntries/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/queueEntries",schemaPath:"#/allOf/1/properties/queueEntries/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate144.errors = vErrors;
return errors === 0;
}
validate144.evaluated = {"props":{"queueEntries":true,"totalRecords":true,"pageNo":true,"recordsPerPage":true},"dynamicProps":false,"dynamicItems":false};


function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v32" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate144(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate143.errors = vErrors;
return errors === 0;
}
validate143.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v33 = validate150;
const schema164 = {"$id":"urn:edi-clients:ecgrid:v33","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CallbackTestResult"}}}]};
const schema166 = {"type":"object","properties":{"callbackId":{"type":"integer","format":"int32"},"url":{"type":"string","format":"uri"},"httpStatus":{"type":"integer","format":"int32"},"responseBody":{"type":"string"},"testedAt":{"type":"string","format":"date-time"}}};

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v33" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate150.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.callbackId !== undefined){
let data6 = data5.callbackId;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/data/callbackId",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/callbackId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/data/callbackId",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/callbackId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data5.url !== undefined){
let data7 = data5.url;
if(typeof data7 === "string"){
if(!(formats220.test(data7))){
const err12 = {instancePath:instancePath+"/data/url",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/data/url",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.httpStatus !== undefined){
let data8 = data5.httpStatus;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/data/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err15 = {instancePath:instancePath+"/data/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data5.responseBody !== undefined){
if(typeof data5.responseBody !== "string"){
const err16 = {instancePath:instancePath+"/data/responseBody",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/responseBody/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.testedAt !== undefined){
let data10 = data5.testedAt;
if(typeof data10 === "string"){
if(!(formats2.test(data10))){
const err17 = {instancePath:instancePath+"/data/testedAt",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/testedAt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/data/testedAt",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/properties/testedAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/CallbackTestResult/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate150.errors = vErrors;
return errors === 0;
}
validate150.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v34 = validate151;
const schema167 = {"$id":"urn:edi-clients:ecgrid:v34","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CarbonCopyInfo"}}}]};
const schema169 = {"type":"object","required":["ccId"],"properties":{"ccId":{"type":"integer","format":"int32"},"fromMailboxId":{"type":"integer","format":"int32"},"toMailboxId":{"type":"integer","format":"int32"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"},"direction":{"$ref":"urn:edi-clients:ecgrid#/$defs/DirectionOpen"},"created":{"type":"string","format":"date-time"}}};
const schema170 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/Direction"},{"type":"string"}]};
const schema171 = {"type":"string","enum":["NoDir","OutBox","InBox"]};

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Direction/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data === "NoDir") || (data === "OutBox")) || (data === "InBox"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/Direction/enum",keyword:"enum",params:{allowedValues: schema171.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate154.errors = vErrors;
return errors === 0;
}
validate154.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ccId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ccId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ccId !== undefined){
let data0 = data.ccId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/ccId",schemaPath:"#/properties/ccId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/ccId",schemaPath:"#/properties/ccId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.fromMailboxId !== undefined){
let data1 = data.fromMailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/fromMailboxId",schemaPath:"#/properties/fromMailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/fromMailboxId",schemaPath:"#/properties/fromMailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.toMailboxId !== undefined){
let data2 = data.toMailboxId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/toMailboxId",schemaPath:"#/properties/toMailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/toMailboxId",schemaPath:"#/properties/toMailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.direction !== undefined){
if(!(validate154(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data5 = data.created;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"props":{"ccId":true,"fromMailboxId":true,"toMailboxId":true,"status":true,"direction":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v34" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate152(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate151.errors = vErrors;
return errors === 0;
}
validate151.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v35 = validate157;
const schema172 = {"$id":"urn:edi-clients:ecgrid:v35","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"$ref":"urn:edi-clients:ecgrid#/$defs/PageInfo"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/CarbonCopyInfo"}}}}]};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ccId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ccId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ccId !== undefined){
let data0 = data.ccId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/ccId",schemaPath:"#/properties/ccId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/ccId",schemaPath:"#/properties/ccId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.fromMailboxId !== undefined){
let data1 = data.fromMailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/fromMailboxId",schemaPath:"#/properties/fromMailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/fromMailboxId",schemaPath:"#/properties/fromMailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.toMailboxId !== undefined){
let data2 = data.toMailboxId;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/toMailboxId",schemaPath:"#/properties/toMailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err6 = {instancePath:instancePath+"/toMailboxId",schemaPath:"#/properties/toMailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.direction !== undefined){
if(!(validate154(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data5 = data.created;
if(typeof data5 === "string"){
if(!(formats2.test(data5))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate158.errors = vErrors;
return errors === 0;
}
validate158.evaluated = {"props":{"ccId":true,"fromMailboxId":true,"toMailboxId":true,"status":true,"direction":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v35" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords !== undefined){
let data5 = data.totalRecords;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats0.validate(data5))){
const err10 = {instancePath:instancePath+"/totalRecords",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/totalRecords/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.pageNo !== undefined){
let data6 = data.pageNo;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err12 = {instancePath:instancePath+"/pageNo",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/pageNo/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.recordsPerPage !== undefined){
let data7 = data.recordsPerPage;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err13 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err14 = {instancePath:instancePath+"/recordsPerPage",schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/properties/recordsPerPage/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/PageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err16 = {instancePath,schemaPath:"#/allOf/2/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.data !== undefined){
let data8 = data.data;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate158(data8[i0], {instancePath:instancePath+"/data/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/2/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate157.errors = vErrors;
return errors === 0;
}
validate157.evaluated = {"props":{"data":true,"totalRecords":true,"pageNo":true,"recordsPerPage":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v36 = validate162;
const schema176 = {"$id":"urn:edi-clients:ecgrid:v36","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/CommIDInfo"}}}]};
const schema178 = {"type":"object","required":["commId"],"properties":{"commId":{"type":"integer","format":"int32"},"mailboxId":{"type":"integer","format":"int32"},"commType":{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkGatewayCommChannelOpen"},"identifier":{"type":"string"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"},"useType":{"$ref":"urn:edi-clients:ecgrid#/$defs/UseTypeOpen"},"privateKeyRequired":{"type":"boolean"},"withCerts":{"type":"boolean"}}};
const schema179 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/NetworkGatewayCommChannel"},{"type":"string","enum":["ftpsslexplicit"]},{"type":"string"}]};
const schema180 = {"type":"string","enum":["none","ftp","sftp","as2","http","oftp","x400","gisb","rnif","cxml","ftpsslimplicit","peppol","as4","undefined"]};

function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate164.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/NetworkGatewayCommChannel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((data === "none") || (data === "ftp")) || (data === "sftp")) || (data === "as2")) || (data === "http")) || (data === "oftp")) || (data === "x400")) || (data === "gisb")) || (data === "rnif")) || (data === "cxml")) || (data === "ftpsslimplicit")) || (data === "peppol")) || (data === "as4")) || (data === "undefined"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/NetworkGatewayCommChannel/enum",keyword:"enum",params:{allowedValues: schema180.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data === "ftpsslexplicit")){
const err3 = {instancePath,schemaPath:"#/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema179.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
const _errs6 = errors;
if(typeof data !== "string"){
const err4 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate164.errors = vErrors;
return errors === 0;
}
validate164.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema181 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/UseType"},{"type":"string"}]};
const schema182 = {"type":"string","enum":["Undefined","Test","Production","TestAndProduction"]};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate167.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/UseType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "Undefined") || (data === "Test")) || (data === "Production")) || (data === "TestAndProduction"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/UseType/enum",keyword:"enum",params:{allowedValues: schema182.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate167.errors = vErrors;
return errors === 0;
}
validate167.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate163.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.commId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.commId !== undefined){
let data0 = data.commId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/commId",schemaPath:"#/properties/commId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/commId",schemaPath:"#/properties/commId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.commType !== undefined){
if(!(validate164(data.commType, {instancePath:instancePath+"/commType",parentData:data,parentDataProperty:"commType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
errors = vErrors.length;
}
}
if(data.identifier !== undefined){
if(typeof data.identifier !== "string"){
const err5 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.useType !== undefined){
if(!(validate167(data.useType, {instancePath:instancePath+"/useType",parentData:data,parentDataProperty:"useType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
if(data.privateKeyRequired !== undefined){
if(typeof data.privateKeyRequired !== "boolean"){
const err6 = {instancePath:instancePath+"/privateKeyRequired",schemaPath:"#/properties/privateKeyRequired/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.withCerts !== undefined){
if(typeof data.withCerts !== "boolean"){
const err7 = {instancePath:instancePath+"/withCerts",schemaPath:"#/properties/withCerts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate163.errors = vErrors;
return errors === 0;
}
validate163.evaluated = {"props":{"commId":true,"mailboxId":true,"commType":true,"identifier":true,"status":true,"useType":true,"privateKeyRequired":true,"withCerts":true},"dynamicProps":false,"dynamicItems":false};


function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v36" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate162.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate163(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate162.errors = vErrors;
return errors === 0;
}
validate162.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v37 = validate170;
const schema183 = {"$id":"urn:edi-clients:ecgrid:v37","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/CommIDInfo"}}}}]};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate171.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.commId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "commId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.commId !== undefined){
let data0 = data.commId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/commId",schemaPath:"#/properties/commId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/commId",schemaPath:"#/properties/commId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.commType !== undefined){
if(!(validate164(data.commType, {instancePath:instancePath+"/commType",parentData:data,parentDataProperty:"commType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
errors = vErrors.length;
}
}
if(data.identifier !== undefined){
if(typeof data.identifier !== "string"){
const err5 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.useType !== undefined){
if(!(validate167(data.useType, {instancePath:instancePath+"/useType",parentData:data,parentDataProperty:"useType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
if(data.privateKeyRequired !== undefined){
if(typeof data.privateKeyRequired !== "boolean"){
const err6 = {instancePath:instancePath+"/privateKeyRequired",schemaPath:"#/properties/privateKeyRequired/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.withCerts !== undefined){
if(typeof data.withCerts !== "boolean"){
const err7 = {instancePath:instancePath+"/withCerts",schemaPath:"#/properties/withCerts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate171.errors = vErrors;
return errors === 0;
}
validate171.evaluated = {"props":{"commId":true,"mailboxId":true,"commType":true,"identifier":true,"status":true,"useType":true,"privateKeyRequired":true,"withCerts":true},"dynamicProps":false,"dynamicItems":false};


function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v37" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate170.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate171(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate170.errors = vErrors;
return errors === 0;
}
validate170.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v38 = validate176;
const schema186 = {"$id":"urn:edi-clients:ecgrid:v38","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/UserIDInfo"}}}]};
const schema188 = {"type":"object","required":["userId"],"properties":{"userId":{"type":"integer","format":"int32"},"login":{"type":"string"},"email":{"type":"string","format":"email"},"firstName":{"type":"string"},"lastName":{"type":"string"},"networkId":{"type":"integer","format":"int32"},"mailboxId":{"type":"integer","format":"int32"},"authLevel":{"$ref":"urn:edi-clients:ecgrid#/$defs/AuthLevelOpen"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"},"created":{"type":"string","format":"date-time"}}};
const formats362 = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId !== undefined){
let data0 = data.userId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.login !== undefined){
if(typeof data.login !== "string"){
const err3 = {instancePath:instancePath+"/login",schemaPath:"#/properties/login/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(!(formats362.test(data2))){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.firstName !== undefined){
if(typeof data.firstName !== "string"){
const err6 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lastName !== undefined){
if(typeof data.lastName !== "string"){
const err7 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.networkId !== undefined){
let data5 = data.networkId;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats0.validate(data5))){
const err9 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data6 = data.mailboxId;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.authLevel !== undefined){
if(!(validate28(data.authLevel, {instancePath:instancePath+"/authLevel",parentData:data,parentDataProperty:"authLevel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data9 = data.created;
if(typeof data9 === "string"){
if(!(formats2.test(data9))){
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"props":{"userId":true,"login":true,"email":true,"firstName":true,"lastName":true,"networkId":true,"mailboxId":true,"authLevel":true,"status":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v38" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate176.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate177(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate176.errors = vErrors;
return errors === 0;
}
validate176.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v39 = validate181;
const schema189 = {"$id":"urn:edi-clients:ecgrid:v39","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/UserIDInfo"}}}}]};

function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate182.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId !== undefined){
let data0 = data.userId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.login !== undefined){
if(typeof data.login !== "string"){
const err3 = {instancePath:instancePath+"/login",schemaPath:"#/properties/login/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(!(formats362.test(data2))){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.firstName !== undefined){
if(typeof data.firstName !== "string"){
const err6 = {instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.lastName !== undefined){
if(typeof data.lastName !== "string"){
const err7 = {instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.networkId !== undefined){
let data5 = data.networkId;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats0.validate(data5))){
const err9 = {instancePath:instancePath+"/networkId",schemaPath:"#/properties/networkId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data6 = data.mailboxId;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.authLevel !== undefined){
if(!(validate28(data.authLevel, {instancePath:instancePath+"/authLevel",parentData:data,parentDataProperty:"authLevel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data9 = data.created;
if(typeof data9 === "string"){
if(!(formats2.test(data9))){
const err12 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate182.errors = vErrors;
return errors === 0;
}
validate182.evaluated = {"props":{"userId":true,"login":true,"email":true,"firstName":true,"lastName":true,"networkId":true,"mailboxId":true,"authLevel":true,"status":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v39" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate181.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate182(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate181.errors = vErrors;
return errors === 0;
}
validate181.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v40 = validate186;
const schema192 = {"$id":"urn:edi-clients:ecgrid:v40","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"string"}}}]};

function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v40" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate186.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(typeof data.data !== "string"){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate186.errors = vErrors;
return errors === 0;
}
validate186.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v41 = validate187;
const schema194 = {"$id":"urn:edi-clients:ecgrid:v41","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/KeyInfo"}}}]};
const schema196 = {"type":"object","required":["keyId"],"properties":{"keyId":{"type":"integer","format":"int32"},"userId":{"type":"integer","format":"int32"},"key":{"type":"string"},"visibility":{"$ref":"urn:edi-clients:ecgrid#/$defs/KeyVisibilityOpen"},"created":{"type":"string","format":"date-time"}}};
const schema197 = {"anyOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/KeyVisibility"},{"type":"string"}]};
const schema198 = {"type":"string","enum":["Private","Shared","Public","Session"]};

function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate189.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/KeyVisibility/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "Private") || (data === "Shared")) || (data === "Public")) || (data === "Session"))){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/KeyVisibility/enum",keyword:"enum",params:{allowedValues: schema198.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate189.errors = vErrors;
return errors === 0;
}
validate189.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate188(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate188.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.keyId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.keyId !== undefined){
let data0 = data.keyId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.userId !== undefined){
let data1 = data.userId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.visibility !== undefined){
if(!(validate189(data.visibility, {instancePath:instancePath+"/visibility",parentData:data,parentDataProperty:"visibility",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err6 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate188.errors = vErrors;
return errors === 0;
}
validate188.evaluated = {"props":{"keyId":true,"userId":true,"key":true,"visibility":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v41" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate187.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate188(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate188.errors : vErrors.concat(validate188.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate187.errors = vErrors;
return errors === 0;
}
validate187.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v42 = validate192;
const schema199 = {"$id":"urn:edi-clients:ecgrid:v42","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/KeyInfo"}}}}]};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate193.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.keyId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.keyId !== undefined){
let data0 = data.keyId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/keyId",schemaPath:"#/properties/keyId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.userId !== undefined){
let data1 = data.userId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.key !== undefined){
if(typeof data.key !== "string"){
const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.visibility !== undefined){
if(!(validate189(data.visibility, {instancePath:instancePath+"/visibility",parentData:data,parentDataProperty:"visibility",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err6 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate193.errors = vErrors;
return errors === 0;
}
validate193.evaluated = {"props":{"keyId":true,"userId":true,"key":true,"visibility":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v42" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate192.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate193(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate192.errors = vErrors;
return errors === 0;
}
validate192.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v43 = validate196;
const schema202 = {"$id":"urn:edi-clients:ecgrid:v43","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/PortalInfo"}}}]};
const schema204 = {"type":"object","required":["portalId"],"properties":{"portalId":{"type":"integer","format":"int32"},"mailboxId":{"type":"integer","format":"int32"},"url":{"type":"string","format":"uri"},"status":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusOpen"},"created":{"type":"string","format":"date-time"}}};

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate197.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.portalId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portalId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.portalId !== undefined){
let data0 = data.portalId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/portalId",schemaPath:"#/properties/portalId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/portalId",schemaPath:"#/properties/portalId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.mailboxId !== undefined){
let data1 = data.mailboxId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/mailboxId",schemaPath:"#/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.url !== undefined){
let data2 = data.url;
if(typeof data2 === "string"){
if(!(formats220.test(data2))){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
if(!(validate34(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.created !== undefined){
let data4 = data.created;
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
const err7 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/created",schemaPath:"#/properties/created/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate197.errors = vErrors;
return errors === 0;
}
validate197.evaluated = {"props":{"portalId":true,"mailboxId":true,"url":true,"status":true,"created":true},"dynamicProps":false,"dynamicItems":false};


function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v43" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate196.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate197(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate196.errors = vErrors;
return errors === 0;
}
validate196.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v44 = validate200;
const schema205 = {"$id":"urn:edi-clients:ecgrid:v44","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/ReportInfo"}}}}]};
const schema207 = {"type":"object","required":["reportId"],"properties":{"reportId":{"type":"integer","format":"int32"},"name":{"type":"string"},"description":{"type":"string"},"active":{"type":"boolean"}}};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v44" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate200.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.reportId === undefined){
const err10 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/required",keyword:"required",params:{missingProperty: "reportId"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.reportId !== undefined){
let data7 = data6.reportId;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err11 = {instancePath:instancePath+"/data/" + i0+"/reportId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/properties/reportId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err12 = {instancePath:instancePath+"/data/" + i0+"/reportId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/properties/reportId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err13 = {instancePath:instancePath+"/data/" + i0+"/name",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.description !== undefined){
if(typeof data6.description !== "string"){
const err14 = {instancePath:instancePath+"/data/" + i0+"/description",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.active !== undefined){
if(typeof data6.active !== "boolean"){
const err15 = {instancePath:instancePath+"/data/" + i0+"/active",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/properties/active/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate200.errors = vErrors;
return errors === 0;
}
validate200.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v45 = validate201;
const schema208 = {"$id":"urn:edi-clients:ecgrid:v45","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/ReportByDateRow"}}}}]};
const schema210 = {"type":"object","properties":{"date":{"type":"string","format":"date"},"sent":{"type":"integer","format":"int32"},"received":{"type":"integer","format":"int32"},"totalBytes":{"type":"integer","format":"int64"}},"additionalProperties":true};
const formats416 = /^\d\d\d\d-[0-1]\d-[0-3]\d$/;

function validate201(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v45" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate201.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date !== undefined){
let data7 = data6.date;
if(typeof data7 === "string"){
if(!(formats416.test(data7))){
const err10 = {instancePath:instancePath+"/data/" + i0+"/date",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/date/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/data/" + i0+"/date",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/date/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.sent !== undefined){
let data8 = data6.sent;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err12 = {instancePath:instancePath+"/data/" + i0+"/sent",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/sent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err13 = {instancePath:instancePath+"/data/" + i0+"/sent",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/sent/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data6.received !== undefined){
let data9 = data6.received;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err14 = {instancePath:instancePath+"/data/" + i0+"/received",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/received/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err15 = {instancePath:instancePath+"/data/" + i0+"/received",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/received/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data6.totalBytes !== undefined){
let data10 = data6.totalBytes;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err16 = {instancePath:instancePath+"/data/" + i0+"/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/totalBytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats134.validate(data10))){
const err17 = {instancePath:instancePath+"/data/" + i0+"/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/properties/totalBytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/ReportByDateRow/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate201.errors = vErrors;
return errors === 0;
}
validate201.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v46 = validate202;
const schema211 = {"$id":"urn:edi-clients:ecgrid:v46","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/InstantStats"}}}]};
const schema213 = {"type":"object","properties":{"window1Minutes":{"type":"integer","format":"int32"},"window1Count":{"type":"integer","format":"int32"},"window2Minutes":{"type":"integer","format":"int32"},"window2Count":{"type":"integer","format":"int32"}}};

function validate202(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v46" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate202.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.window1Minutes !== undefined){
let data6 = data5.window1Minutes;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/data/window1Minutes",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window1Minutes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/data/window1Minutes",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window1Minutes/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data5.window1Count !== undefined){
let data7 = data5.window1Count;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/data/window1Count",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window1Count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err13 = {instancePath:instancePath+"/data/window1Count",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window1Count/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data5.window2Minutes !== undefined){
let data8 = data5.window2Minutes;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/data/window2Minutes",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window2Minutes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err15 = {instancePath:instancePath+"/data/window2Minutes",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window2Minutes/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data5.window2Count !== undefined){
let data9 = data5.window2Count;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/data/window2Count",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window2Count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err17 = {instancePath:instancePath+"/data/window2Count",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/properties/window2Count/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/InstantStats/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate202.errors = vErrors;
return errors === 0;
}
validate202.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v47 = validate203;
const schema214 = {"$id":"urn:edi-clients:ecgrid:v47","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/InterchangeStatsInfo"}}}}]};
const schema216 = {"type":"object","properties":{"periodStart":{"type":"string","format":"date-time"},"periodEnd":{"type":"string","format":"date-time"},"count":{"type":"integer","format":"int32"},"totalBytes":{"type":"integer","format":"int64"},"direction":{"$ref":"urn:edi-clients:ecgrid#/$defs/DirectionOpen"}}};

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate204.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.periodStart !== undefined){
let data0 = data.periodStart;
if(typeof data0 === "string"){
if(!(formats2.test(data0))){
const err0 = {instancePath:instancePath+"/periodStart",schemaPath:"#/properties/periodStart/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/periodStart",schemaPath:"#/properties/periodStart/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.periodEnd !== undefined){
let data1 = data.periodEnd;
if(typeof data1 === "string"){
if(!(formats2.test(data1))){
const err2 = {instancePath:instancePath+"/periodEnd",schemaPath:"#/properties/periodEnd/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/periodEnd",schemaPath:"#/properties/periodEnd/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.count !== undefined){
let data2 = data.count;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats0.validate(data2))){
const err5 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.totalBytes !== undefined){
let data3 = data.totalBytes;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/totalBytes",schemaPath:"#/properties/totalBytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats134.validate(data3))){
const err7 = {instancePath:instancePath+"/totalBytes",schemaPath:"#/properties/totalBytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.direction !== undefined){
if(!(validate154(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate204.errors = vErrors;
return errors === 0;
}
validate204.evaluated = {"props":{"periodStart":true,"periodEnd":true,"count":true,"totalBytes":true,"direction":true},"dynamicProps":false,"dynamicItems":false};


function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v47" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate203.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate204(data5[i0], {instancePath:instancePath+"/data/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate203.errors = vErrors;
return errors === 0;
}
validate203.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v48 = validate207;
const schema217 = {"$id":"urn:edi-clients:ecgrid:v48","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats"}}}]};
const schema219 = {"type":"object","properties":{"sent":{"type":"integer","format":"int32"},"received":{"type":"integer","format":"int32"},"totalBytes":{"type":"integer","format":"int64"},"period":{"type":"string"}}};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v48" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate207.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.sent !== undefined){
let data6 = data5.sent;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/data/sent",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/sent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/data/sent",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/sent/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data5.received !== undefined){
let data7 = data5.received;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/data/received",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/received/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err13 = {instancePath:instancePath+"/data/received",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/received/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data5.totalBytes !== undefined){
let data8 = data5.totalBytes;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/data/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/totalBytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats134.validate(data8))){
const err15 = {instancePath:instancePath+"/data/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/totalBytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data5.period !== undefined){
if(typeof data5.period !== "string"){
const err16 = {instancePath:instancePath+"/data/period",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/properties/period/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxInterchangeStats/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate207.errors = vErrors;
return errors === 0;
}
validate207.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v49 = validate208;
const schema220 = {"$id":"urn:edi-clients:ecgrid:v49","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/MailboxStats"}}}]};
const schema222 = {"type":"object","properties":{"mailboxId":{"type":"integer","format":"int32"},"totalParcels":{"type":"integer","format":"int32"},"totalInterchanges":{"type":"integer","format":"int32"},"totalBytes":{"type":"integer","format":"int64"},"activePartners":{"type":"integer","format":"int32"},"reportGeneratedAt":{"type":"string","format":"date-time"}}};

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v49" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate208.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.mailboxId !== undefined){
let data6 = data5.mailboxId;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/data/mailboxId",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/mailboxId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats0.validate(data6))){
const err11 = {instancePath:instancePath+"/data/mailboxId",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/mailboxId/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data5.totalParcels !== undefined){
let data7 = data5.totalParcels;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/data/totalParcels",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/totalParcels/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err13 = {instancePath:instancePath+"/data/totalParcels",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/totalParcels/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data5.totalInterchanges !== undefined){
let data8 = data5.totalInterchanges;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/data/totalInterchanges",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/totalInterchanges/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err15 = {instancePath:instancePath+"/data/totalInterchanges",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/totalInterchanges/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data5.totalBytes !== undefined){
let data9 = data5.totalBytes;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/data/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/totalBytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats134.validate(data9))){
const err17 = {instancePath:instancePath+"/data/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/totalBytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data5.activePartners !== undefined){
let data10 = data5.activePartners;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err18 = {instancePath:instancePath+"/data/activePartners",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/activePartners/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats0.validate(data10))){
const err19 = {instancePath:instancePath+"/data/activePartners",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/activePartners/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data5.reportGeneratedAt !== undefined){
let data11 = data5.reportGeneratedAt;
if(typeof data11 === "string"){
if(!(formats2.test(data11))){
const err20 = {instancePath:instancePath+"/data/reportGeneratedAt",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/reportGeneratedAt/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/data/reportGeneratedAt",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/properties/reportGeneratedAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/data",schemaPath:"urn:edi-clients:ecgrid#/$defs/MailboxStats/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate208.errors = vErrors;
return errors === 0;
}
validate208.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v50 = validate209;
const schema223 = {"$id":"urn:edi-clients:ecgrid:v50","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow"}}}}]};
const schema225 = {"type":"object","properties":{"week":{"type":"integer","format":"int32"},"sent":{"type":"integer","format":"int32"},"received":{"type":"integer","format":"int32"},"totalBytes":{"type":"integer","format":"int64"}},"additionalProperties":true};

function validate209(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v50" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate209.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.week !== undefined){
let data7 = data6.week;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/data/" + i0+"/week",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/week/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(!(formats0.validate(data7))){
const err11 = {instancePath:instancePath+"/data/" + i0+"/week",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/week/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data6.sent !== undefined){
let data8 = data6.sent;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err12 = {instancePath:instancePath+"/data/" + i0+"/sent",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/sent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats0.validate(data8))){
const err13 = {instancePath:instancePath+"/data/" + i0+"/sent",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/sent/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data6.received !== undefined){
let data9 = data6.received;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err14 = {instancePath:instancePath+"/data/" + i0+"/received",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/received/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err15 = {instancePath:instancePath+"/data/" + i0+"/received",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/received/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data6.totalBytes !== undefined){
let data10 = data6.totalBytes;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err16 = {instancePath:instancePath+"/data/" + i0+"/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/totalBytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats134.validate(data10))){
const err17 = {instancePath:instancePath+"/data/" + i0+"/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/properties/totalBytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/MonthlyReportRow/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate209.errors = vErrors;
return errors === 0;
}
validate209.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v51 = validate210;
const schema226 = {"$id":"urn:edi-clients:ecgrid:v51","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo"}}}}]};
const schema228 = {"type":"object","properties":{"periodStart":{"type":"string","format":"date-time"},"periodEnd":{"type":"string","format":"date-time"},"sentCount":{"type":"integer","format":"int32"},"receivedCount":{"type":"integer","format":"int32"},"totalBytes":{"type":"integer","format":"int64"}}};

function validate210(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v51" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate210.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
let data5 = data.data;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.periodStart !== undefined){
let data7 = data6.periodStart;
if(typeof data7 === "string"){
if(!(formats2.test(data7))){
const err10 = {instancePath:instancePath+"/data/" + i0+"/periodStart",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/periodStart/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/data/" + i0+"/periodStart",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/periodStart/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.periodEnd !== undefined){
let data8 = data6.periodEnd;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err12 = {instancePath:instancePath+"/data/" + i0+"/periodEnd",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/periodEnd/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/data/" + i0+"/periodEnd",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/periodEnd/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.sentCount !== undefined){
let data9 = data6.sentCount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err14 = {instancePath:instancePath+"/data/" + i0+"/sentCount",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/sentCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats0.validate(data9))){
const err15 = {instancePath:instancePath+"/data/" + i0+"/sentCount",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/sentCount/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data6.receivedCount !== undefined){
let data10 = data6.receivedCount;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err16 = {instancePath:instancePath+"/data/" + i0+"/receivedCount",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/receivedCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats0.validate(data10))){
const err17 = {instancePath:instancePath+"/data/" + i0+"/receivedCount",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/receivedCount/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data6.totalBytes !== undefined){
let data11 = data6.totalBytes;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err18 = {instancePath:instancePath+"/data/" + i0+"/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/totalBytes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(!(formats134.validate(data11))){
const err19 = {instancePath:instancePath+"/data/" + i0+"/totalBytes",schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/properties/totalBytes/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/data/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/TrafficStatsInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"#/allOf/1/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate210.errors = vErrors;
return errors === 0;
}
validate210.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

export const v52 = validate211;
const schema229 = {"$id":"urn:edi-clients:ecgrid:v52","allOf":[{"$ref":"urn:edi-clients:ecgrid#/$defs/ApiResponse"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusLists"}}}]};
const schema231 = {"type":"object","properties":{"parcelStatuses":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusCode"}},"interchangeStatuses":{"type":"array","items":{"$ref":"urn:edi-clients:ecgrid#/$defs/StatusCode"}}}};
const schema232 = {"type":"object","required":["code"],"properties":{"code":{"type":"string"},"description":{"type":"string"}}};

function validate212(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate212.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parcelStatuses !== undefined){
let data0 = data.parcelStatuses;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err0 = {instancePath:instancePath+"/parcelStatuses/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.code !== undefined){
if(typeof data1.code !== "string"){
const err1 = {instancePath:instancePath+"/parcelStatuses/" + i0+"/code",schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/properties/code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.description !== undefined){
if(typeof data1.description !== "string"){
const err2 = {instancePath:instancePath+"/parcelStatuses/" + i0+"/description",schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/parcelStatuses/" + i0,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/parcelStatuses",schemaPath:"#/properties/parcelStatuses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.interchangeStatuses !== undefined){
let data4 = data.interchangeStatuses;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err5 = {instancePath:instancePath+"/interchangeStatuses/" + i1,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/required",keyword:"required",params:{missingProperty: "code"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err6 = {instancePath:instancePath+"/interchangeStatuses/" + i1+"/code",schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/properties/code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.description !== undefined){
if(typeof data5.description !== "string"){
const err7 = {instancePath:instancePath+"/interchangeStatuses/" + i1+"/description",schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/interchangeStatuses/" + i1,schemaPath:"urn:edi-clients:ecgrid#/$defs/StatusCode/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/interchangeStatuses",schemaPath:"#/properties/interchangeStatuses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate212.errors = vErrors;
return errors === 0;
}
validate212.evaluated = {"props":{"parcelStatuses":true,"interchangeStatuses":true},"dynamicProps":false,"dynamicItems":false};


function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:ecgrid:v52" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate211.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success === undefined){
const err0 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "success"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.httpStatus !== undefined){
let data0 = data.httpStatus;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/httpStatus/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.message !== undefined){
let data1 = data.message;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/message",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/message/type",keyword:"type",params:{type: schema33.properties.message.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.traceId !== undefined){
if(typeof data.traceId !== "string"){
const err5 = {instancePath:instancePath+"/traceId",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/traceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data3 = data.errorCode;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/errorCode/type",keyword:"type",params:{type: schema33.properties.errorCode.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.success !== undefined){
if(typeof data.success !== "boolean"){
const err7 = {instancePath:instancePath+"/success",schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/properties/success/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"urn:edi-clients:ecgrid#/$defs/ApiResponse/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "data"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.data !== undefined){
if(!(validate212(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate211.errors = vErrors;
return errors === 0;
}
validate211.evaluated = {"props":{"data":true,"httpStatus":true,"message":true,"traceId":true,"errorCode":true,"success":true},"dynamicProps":false,"dynamicItems":false};

/** operationId → response status ("200", "4XX", "default") → validator. */
export const RESPONSE_VALIDATORS = {
  "authChangePassword": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "authLogin": { "200": v0, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "authLogout": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "authRefreshToken": { "200": v0, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "authSession": { "200": v3, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "authVersion": { "200": v4, "400": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksCreateCallback": { "200": v28, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksDeleteCallback": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksEventList": { "200": v29, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksGetEventById": { "200": v30, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksGetQueueById": { "200": v31, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksQueueList": { "200": v32, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksTestCallback": { "200": v33, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "callbacksUpdateCallback": { "200": v28, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "carbonCopiesCreateCarbonCopy": { "200": v34, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "carbonCopiesDeleteCarbonCopy": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "carbonCopiesGetCarbonCopy": { "200": v34, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "carbonCopiesListCarbonCopies": { "200": v35, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "carbonCopiesUpdateCarbonCopy": { "200": v34, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "certificatesAddPrivate": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "certificatesAddPublic": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "certificatesCreateCertificate": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "certificatesRenewCertificate": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "certificatesTerminateCertificate": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsCommPair": { "200": v37, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsCreateComm": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsFindComm": { "200": v37, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsGetComm": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsListComms": { "200": v37, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsSetPair": { "200": v37, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsUpdateComm": { "200": v36, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "commsUpdateConfig": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsAddVan": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsCreateId": { "200": v10, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsDeleteId": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsFindId": { "200": v12, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsGetId": { "200": v10, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsGetMailboxDefault": { "200": v13, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsListIds": { "200": v12, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsMoveTp": { "200": v10, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsUpdateConfig": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsUpdateDataEmail": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsUpdateDescription": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsUpdateId": { "200": v10, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "idsX12Delimiters": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesCancelInterchange": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesGetDate": { "200": v24, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesGetHeader": { "200": v25, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesGetInterchange": { "200": v23, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesGetManifest": { "200": v26, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesInboxList": { "200": v27, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesOutboxList": { "200": v27, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "interchangesResendInterchange": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "keysCreateKey": { "200": v41, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "keysDeleteKey": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "keysGetKey": { "200": v41, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "keysListKeys": { "200": v42, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesCreateMailbox": { "200": v8, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesDeleteMailbox": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesGetMailbox": { "200": v8, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesListMailboxes": { "200": v9, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesUpdateConfig": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesUpdateMailbox": { "200": v8, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "mailboxesX12Delimiters": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "networksGetContact": { "200": v6, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "networksGetNetwork": { "200": v5, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "networksListNetworks": { "200": v7, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "networksUpdateConfig": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "networksUpdateNetwork": { "200": v5, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "networksX12Delimiters": { "200": v2, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsAcknowledgmentNote": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsCancelParcel": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsConfirmDownload": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsDownloadParcel": { "200": v19, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsFindMailbagControlId": { "200": v20, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsGetManifest": { "200": v21, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsGetParcel": { "200": v18, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsInboxList": { "200": v20, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsOutboxList": { "200": v20, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsPendingInboxList": { "200": v20, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsResetToInbox": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsSendTestFile": { "200": v22, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsSetMailbagControlId": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsUpdateParcel": { "200": v18, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "parcelsUploadParcel": { "200": v22, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersAddNote": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersCountPartners": { "200": v15, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersCreatePartner": { "200": v14, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersDeletePartner": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersGetPartner": { "200": v14, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersListNotes": { "200": v17, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "partnersListPartners": { "200": v16, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "portalsCreatePortal": { "200": v43, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "portalsGetPortalByMailbox": { "200": v43, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsInstantStats": { "200": v46, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsInterchangeStats": { "200": v47, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsMailboxInterchangeStats": { "200": v48, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsMailboxStats": { "200": v49, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsMonthlyReport": { "200": v50, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsReportByDate": { "200": v45, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsReportList": { "200": v44, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "reportsTrafficStats": { "200": v51, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "statusListsGetStatusLists": { "200": v52, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersCreateUser": { "200": v38, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersGenerateApiKey": { "200": v40, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersGeneratePassword": { "200": v40, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersGetApiKey": { "200": v40, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersGetByName": { "200": v39, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersGetMe": { "200": v38, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersGetUser": { "200": v38, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersListUsers": { "200": v39, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersResetSessions": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersSendSms": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersSetNetworkMailbox": { "200": v38, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersSetRole": { "200": v38, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersTerminateUser": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersUpdateConfig": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersUpdatePassword": { "200": v11, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
  "usersUpdateUser": { "200": v38, "400": v1, "401": v1, "403": v1, "404": v1, "409": v1, "429": v1, "500": v1, "503": v1 },
};
