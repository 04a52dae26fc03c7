// GENERATED FILE - DO NOT EDIT BY HAND.
// Source: specs/as2-gateway/openapi.yaml — response schemas compiled by scripts/generate-validators.mjs (Ajv standalone).
// Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.
/* eslint-disable */

const ajvFormats = {
  "int64": { type: "number", validate: (x) => Number.isInteger(x) },
};

export const v0 = validate52;
const schema19 = {"$id":"urn:edi-clients:as2-gateway:v0","$ref":"urn:edi-clients:as2-gateway#/$defs/AuthorizeResponse"};
const schema21 = {"type":"object","required":["token","expiry"],"properties":{"token":{"type":"string"},"expiry":{"type":"integer","format":"int64"}}};
const formats0 = ajvFormats.int64;

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
if(data.token === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "token"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.expiry === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expiry"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.token !== undefined){
if(typeof data.token !== "string"){
const err2 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.expiry !== undefined){
let data1 = data.expiry;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/expiry",schemaPath:"#/properties/expiry/type",keyword:"type",params:{type: "integer"}};
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
const err4 = {instancePath:instancePath+"/expiry",schemaPath:"#/properties/expiry/format",keyword:"format",params:{format: "int64"}};
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
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"token":true,"expiry":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:as2-gateway:v0" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"token":true,"expiry":true},"dynamicProps":false,"dynamicItems":false};

export const v1 = validate56;
const schema22 = {"$id":"urn:edi-clients:as2-gateway:v1","$ref":"urn:edi-clients:as2-gateway#/$defs/GenericResponse"};
const schema23 = {"type":"object","required":["message"],"properties":{"message":{"type":"string"}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err1 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
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
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"message":true},"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:as2-gateway:v1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"message":true},"dynamicProps":false,"dynamicItems":false};

export const v2 = validate59;
const schema24 = {"$id":"urn:edi-clients:as2-gateway:v2","$ref":"urn:edi-clients:as2-gateway#/$defs/Pagination"};
const schema25 = {"type":"object","required":["totalRecords","records"],"properties":{"totalRecords":{"type":"integer","minimum":0},"records":{"type":"array","items":{"$ref":"urn:edi-clients:as2-gateway#/$defs/AS2Message"}}}};
const schema26 = {"type":"object","required":["as2MessageId","persistedTimestamp","compressed","encrypted","signed","receiverId","senderId","mdnStatus","partnerType"],"properties":{"as2MessageId":{"type":"string"},"persistedTimestamp":{"type":"integer","format":"int64"},"compressed":{"type":"boolean"},"encrypted":{"type":"boolean"},"signed":{"type":"boolean"},"subject":{"type":"string"},"receiverId":{"type":"string"},"senderId":{"type":"string"},"transportStatusReceived":{"type":"integer"},"deliveryStatus":{"type":"string","enum":["Delivered","Not Delivered","No Status"]},"mdnStatus":{"type":"string","enum":["Pending","Received","Not Requested","No MDN"]},"partnerType":{"$ref":"urn:edi-clients:as2-gateway#/$defs/PartnerType"},"mdnMessage":{"$ref":"urn:edi-clients:as2-gateway#/$defs/MDNMessage"},"attachments":{"type":"array","items":{"$ref":"urn:edi-clients:as2-gateway#/$defs/Attachment"}}}};
const schema27 = {"type":"string","enum":["Production","Test"]};

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
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "Production") || (data === "Test"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema27.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema28 = {"type":"object","required":["persistedTimestamp","mdnError","content"],"properties":{"persistedTimestamp":{"type":"integer","format":"int64"},"mdnError":{"type":"boolean"},"content":{"type":"string"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.persistedTimestamp === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "persistedTimestamp"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mdnError === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mdnError"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.content === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.persistedTimestamp !== undefined){
let data0 = data.persistedTimestamp;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/persistedTimestamp",schemaPath:"#/properties/persistedTimestamp/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats0.validate(data0))){
const err4 = {instancePath:instancePath+"/persistedTimestamp",schemaPath:"#/properties/persistedTimestamp/format",keyword:"format",params:{format: "int64"}};
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
if(data.mdnError !== undefined){
if(typeof data.mdnError !== "boolean"){
const err5 = {instancePath:instancePath+"/mdnError",schemaPath:"#/properties/mdnError/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.content !== undefined){
if(typeof data.content !== "string"){
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"}};
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
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"persistedTimestamp":true,"mdnError":true,"content":true},"dynamicProps":false,"dynamicItems":false};

const schema29 = {"type":"object","required":["name","size"],"properties":{"name":{"type":"string"},"size":{"type":"integer","format":"int64","minimum":0}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
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
if(data.size !== undefined){
let data1 = data.size;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/format",keyword:"format",params:{format: "int64"}};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":{"name":true,"size":true},"dynamicProps":false,"dynamicItems":false};


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.as2MessageId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "as2MessageId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.persistedTimestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "persistedTimestamp"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.compressed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compressed"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.encrypted === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "encrypted"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.signed === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signed"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.receiverId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receiverId"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.senderId === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "senderId"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.mdnStatus === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mdnStatus"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.partnerType === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partnerType"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.as2MessageId !== undefined){
if(typeof data.as2MessageId !== "string"){
const err9 = {instancePath:instancePath+"/as2MessageId",schemaPath:"#/properties/as2MessageId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.persistedTimestamp !== undefined){
let data1 = data.persistedTimestamp;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err10 = {instancePath:instancePath+"/persistedTimestamp",schemaPath:"#/properties/persistedTimestamp/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err11 = {instancePath:instancePath+"/persistedTimestamp",schemaPath:"#/properties/persistedTimestamp/format",keyword:"format",params:{format: "int64"}};
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
if(data.compressed !== undefined){
if(typeof data.compressed !== "boolean"){
const err12 = {instancePath:instancePath+"/compressed",schemaPath:"#/properties/compressed/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.encrypted !== undefined){
if(typeof data.encrypted !== "boolean"){
const err13 = {instancePath:instancePath+"/encrypted",schemaPath:"#/properties/encrypted/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.signed !== undefined){
if(typeof data.signed !== "boolean"){
const err14 = {instancePath:instancePath+"/signed",schemaPath:"#/properties/signed/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.subject !== undefined){
if(typeof data.subject !== "string"){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.receiverId !== undefined){
if(typeof data.receiverId !== "string"){
const err16 = {instancePath:instancePath+"/receiverId",schemaPath:"#/properties/receiverId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.senderId !== undefined){
if(typeof data.senderId !== "string"){
const err17 = {instancePath:instancePath+"/senderId",schemaPath:"#/properties/senderId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.transportStatusReceived !== undefined){
let data8 = data.transportStatusReceived;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/transportStatusReceived",schemaPath:"#/properties/transportStatusReceived/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.deliveryStatus !== undefined){
let data9 = data.deliveryStatus;
if(typeof data9 !== "string"){
const err19 = {instancePath:instancePath+"/deliveryStatus",schemaPath:"#/properties/deliveryStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data9 === "Delivered") || (data9 === "Not Delivered")) || (data9 === "No Status"))){
const err20 = {instancePath:instancePath+"/deliveryStatus",schemaPath:"#/properties/deliveryStatus/enum",keyword:"enum",params:{allowedValues: schema26.properties.deliveryStatus.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.mdnStatus !== undefined){
let data10 = data.mdnStatus;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/mdnStatus",schemaPath:"#/properties/mdnStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((data10 === "Pending") || (data10 === "Received")) || (data10 === "Not Requested")) || (data10 === "No MDN"))){
const err22 = {instancePath:instancePath+"/mdnStatus",schemaPath:"#/properties/mdnStatus/enum",keyword:"enum",params:{allowedValues: schema26.properties.mdnStatus.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.partnerType !== undefined){
if(!(validate62(data.partnerType, {instancePath:instancePath+"/partnerType",parentData:data,parentDataProperty:"partnerType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.mdnMessage !== undefined){
if(!(validate64(data.mdnMessage, {instancePath:instancePath+"/mdnMessage",parentData:data,parentDataProperty:"mdnMessage",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.attachments !== undefined){
let data13 = data.attachments;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(!(validate66(data13[i0], {instancePath:instancePath+"/attachments/" + i0,parentData:data13,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"as2MessageId":true,"persistedTimestamp":true,"compressed":true,"encrypted":true,"signed":true,"subject":true,"receiverId":true,"senderId":true,"transportStatusReceived":true,"deliveryStatus":true,"mdnStatus":true,"partnerType":true,"mdnMessage":true,"attachments":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.totalRecords === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "totalRecords"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.records === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "records"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.totalRecords !== undefined){
let data0 = data.totalRecords;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/totalRecords",schemaPath:"#/properties/totalRecords/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/totalRecords",schemaPath:"#/properties/totalRecords/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.records !== undefined){
let data1 = data.records;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate61(data1[i0], {instancePath:instancePath+"/records/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "array"}};
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
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"totalRecords":true,"records":true},"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:as2-gateway:v2" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"totalRecords":true,"records":true},"dynamicProps":false,"dynamicItems":false};

export const v3 = validate70;
const schema30 = {"$id":"urn:edi-clients:as2-gateway:v3","$ref":"urn:edi-clients:as2-gateway#/$defs/AS2Message"};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.as2MessageId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "as2MessageId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.persistedTimestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "persistedTimestamp"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.compressed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compressed"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.encrypted === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "encrypted"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.signed === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signed"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.receiverId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receiverId"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.senderId === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "senderId"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.mdnStatus === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mdnStatus"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.partnerType === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partnerType"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.as2MessageId !== undefined){
if(typeof data.as2MessageId !== "string"){
const err9 = {instancePath:instancePath+"/as2MessageId",schemaPath:"#/properties/as2MessageId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.persistedTimestamp !== undefined){
let data1 = data.persistedTimestamp;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err10 = {instancePath:instancePath+"/persistedTimestamp",schemaPath:"#/properties/persistedTimestamp/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats0.validate(data1))){
const err11 = {instancePath:instancePath+"/persistedTimestamp",schemaPath:"#/properties/persistedTimestamp/format",keyword:"format",params:{format: "int64"}};
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
if(data.compressed !== undefined){
if(typeof data.compressed !== "boolean"){
const err12 = {instancePath:instancePath+"/compressed",schemaPath:"#/properties/compressed/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.encrypted !== undefined){
if(typeof data.encrypted !== "boolean"){
const err13 = {instancePath:instancePath+"/encrypted",schemaPath:"#/properties/encrypted/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.signed !== undefined){
if(typeof data.signed !== "boolean"){
const err14 = {instancePath:instancePath+"/signed",schemaPath:"#/properties/signed/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.subject !== undefined){
if(typeof data.subject !== "string"){
const err15 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.receiverId !== undefined){
if(typeof data.receiverId !== "string"){
const err16 = {instancePath:instancePath+"/receiverId",schemaPath:"#/properties/receiverId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.senderId !== undefined){
if(typeof data.senderId !== "string"){
const err17 = {instancePath:instancePath+"/senderId",schemaPath:"#/properties/senderId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.transportStatusReceived !== undefined){
let data8 = data.transportStatusReceived;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err18 = {instancePath:instancePath+"/transportStatusReceived",schemaPath:"#/properties/transportStatusReceived/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.deliveryStatus !== undefined){
let data9 = data.deliveryStatus;
if(typeof data9 !== "string"){
const err19 = {instancePath:instancePath+"/deliveryStatus",schemaPath:"#/properties/deliveryStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data9 === "Delivered") || (data9 === "Not Delivered")) || (data9 === "No Status"))){
const err20 = {instancePath:instancePath+"/deliveryStatus",schemaPath:"#/properties/deliveryStatus/enum",keyword:"enum",params:{allowedValues: schema26.properties.deliveryStatus.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.mdnStatus !== undefined){
let data10 = data.mdnStatus;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/mdnStatus",schemaPath:"#/properties/mdnStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((data10 === "Pending") || (data10 === "Received")) || (data10 === "Not Requested")) || (data10 === "No MDN"))){
const err22 = {instancePath:instancePath+"/mdnStatus",schemaPath:"#/properties/mdnStatus/enum",keyword:"enum",params:{allowedValues: schema26.properties.mdnStatus.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.partnerType !== undefined){
if(!(validate62(data.partnerType, {instancePath:instancePath+"/partnerType",parentData:data,parentDataProperty:"partnerType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.mdnMessage !== undefined){
if(!(validate64(data.mdnMessage, {instancePath:instancePath+"/mdnMessage",parentData:data,parentDataProperty:"mdnMessage",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
if(data.attachments !== undefined){
let data13 = data.attachments;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(!(validate66(data13[i0], {instancePath:instancePath+"/attachments/" + i0,parentData:data13,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":{"as2MessageId":true,"persistedTimestamp":true,"compressed":true,"encrypted":true,"signed":true,"subject":true,"receiverId":true,"senderId":true,"transportStatusReceived":true,"deliveryStatus":true,"mdnStatus":true,"partnerType":true,"mdnMessage":true,"attachments":true},"dynamicProps":false,"dynamicItems":false};


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:as2-gateway:v3" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":{"as2MessageId":true,"persistedTimestamp":true,"compressed":true,"encrypted":true,"signed":true,"subject":true,"receiverId":true,"senderId":true,"transportStatusReceived":true,"deliveryStatus":true,"mdnStatus":true,"partnerType":true,"mdnMessage":true,"attachments":true},"dynamicProps":false,"dynamicItems":false};

export const v4 = validate76;
const schema32 = {"$id":"urn:edi-clients:as2-gateway:v4","type":"array","items":{"$ref":"urn:edi-clients:as2-gateway#/$defs/Partner"}};
const schema33 = {"type":"object","required":["as2Identifier","name","uri","encryptionAlgorithm","signDigestAlgorithm","useDiffCertAsSignCert","encryptMessages","signMessage","compressAfter","compressBefore","requestAsyncMdn","requestMdn","requestSignedMdn","requestHttpsMdn","customHeaders","useAs2Restart","pauseIncoming","pauseOutgoing","sendTimeout","flows","partnerType","isGlobalPartner","pinned"],"properties":{"partnerId":{"type":"integer"},"as2Identifier":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"uri":{"type":"string"},"messageSubject":{"type":"string"},"encryptionAlgorithm":{"type":"string"},"signDigestAlgorithm":{"type":"string"},"signEncryptAlgorithm":{"type":"string"},"encryptCert":{"$ref":"urn:edi-clients:as2-gateway#/$defs/CertificateRef"},"signCert":{"$ref":"urn:edi-clients:as2-gateway#/$defs/CertificateRef"},"useDiffCertAsSignCert":{"type":"boolean"},"httpsCert":{"$ref":"urn:edi-clients:as2-gateway#/$defs/CertificateRef"},"encryptMessages":{"type":"boolean"},"signMessage":{"type":"boolean"},"compressAfter":{"type":"boolean"},"compressBefore":{"type":"boolean"},"precompressInputFiles":{"type":"boolean"},"requestAsyncMdn":{"type":"boolean"},"requestMdn":{"type":"boolean"},"requestSignedMdn":{"type":"boolean"},"requestHttpsMdn":{"type":"boolean"},"customHeaders":{"type":"array","items":{"$ref":"urn:edi-clients:as2-gateway#/$defs/CustomHeader"}},"useAs2Restart":{"type":"boolean"},"pauseIncoming":{"type":"boolean"},"pauseOutgoing":{"type":"boolean"},"sendTimeout":{"type":"integer","minimum":0},"flows":{"type":"array","items":{"type":"string"}},"partnerType":{"$ref":"urn:edi-clients:as2-gateway#/$defs/PartnerType"},"isGlobalPartner":{"type":"boolean"},"pinned":{"type":"boolean"}}};
const schema34 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"}};
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
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"id":true},"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","required":["headerKey","headerValue"],"properties":{"headerKey":{"type":"string"},"headerValue":{"type":"string"}}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headerKey === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headerKey"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.headerValue === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headerValue"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.headerKey !== undefined){
if(typeof data.headerKey !== "string"){
const err2 = {instancePath:instancePath+"/headerKey",schemaPath:"#/properties/headerKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.headerValue !== undefined){
if(typeof data.headerValue !== "string"){
const err3 = {instancePath:instancePath+"/headerValue",schemaPath:"#/properties/headerValue/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":{"headerKey":true,"headerValue":true},"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.as2Identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "as2Identifier"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.encryptionAlgorithm === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "encryptionAlgorithm"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.signDigestAlgorithm === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signDigestAlgorithm"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.useDiffCertAsSignCert === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "useDiffCertAsSignCert"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.encryptMessages === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "encryptMessages"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.signMessage === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signMessage"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.compressAfter === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compressAfter"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.compressBefore === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "compressBefore"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.requestAsyncMdn === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestAsyncMdn"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.requestMdn === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestMdn"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.requestSignedMdn === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestSignedMdn"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.requestHttpsMdn === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestHttpsMdn"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.customHeaders === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customHeaders"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.useAs2Restart === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "useAs2Restart"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.pauseIncoming === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pauseIncoming"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.pauseOutgoing === undefined){
const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pauseOutgoing"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.sendTimeout === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sendTimeout"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.flows === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flows"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.partnerType === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partnerType"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.isGlobalPartner === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "isGlobalPartner"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.pinned === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pinned"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.partnerId !== undefined){
let data0 = data.partnerId;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err23 = {instancePath:instancePath+"/partnerId",schemaPath:"#/properties/partnerId/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.as2Identifier !== undefined){
if(typeof data.as2Identifier !== "string"){
const err24 = {instancePath:instancePath+"/as2Identifier",schemaPath:"#/properties/as2Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err25 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err26 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err27 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.messageSubject !== undefined){
if(typeof data.messageSubject !== "string"){
const err28 = {instancePath:instancePath+"/messageSubject",schemaPath:"#/properties/messageSubject/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.encryptionAlgorithm !== undefined){
if(typeof data.encryptionAlgorithm !== "string"){
const err29 = {instancePath:instancePath+"/encryptionAlgorithm",schemaPath:"#/properties/encryptionAlgorithm/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.signDigestAlgorithm !== undefined){
if(typeof data.signDigestAlgorithm !== "string"){
const err30 = {instancePath:instancePath+"/signDigestAlgorithm",schemaPath:"#/properties/signDigestAlgorithm/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.signEncryptAlgorithm !== undefined){
if(typeof data.signEncryptAlgorithm !== "string"){
const err31 = {instancePath:instancePath+"/signEncryptAlgorithm",schemaPath:"#/properties/signEncryptAlgorithm/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.encryptCert !== undefined){
if(!(validate78(data.encryptCert, {instancePath:instancePath+"/encryptCert",parentData:data,parentDataProperty:"encryptCert",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.signCert !== undefined){
if(!(validate78(data.signCert, {instancePath:instancePath+"/signCert",parentData:data,parentDataProperty:"signCert",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.useDiffCertAsSignCert !== undefined){
if(typeof data.useDiffCertAsSignCert !== "boolean"){
const err32 = {instancePath:instancePath+"/useDiffCertAsSignCert",schemaPath:"#/properties/useDiffCertAsSignCert/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.httpsCert !== undefined){
if(!(validate78(data.httpsCert, {instancePath:instancePath+"/httpsCert",parentData:data,parentDataProperty:"httpsCert",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.encryptMessages !== undefined){
if(typeof data.encryptMessages !== "boolean"){
const err33 = {instancePath:instancePath+"/encryptMessages",schemaPath:"#/properties/encryptMessages/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.signMessage !== undefined){
if(typeof data.signMessage !== "boolean"){
const err34 = {instancePath:instancePath+"/signMessage",schemaPath:"#/properties/signMessage/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.compressAfter !== undefined){
if(typeof data.compressAfter !== "boolean"){
const err35 = {instancePath:instancePath+"/compressAfter",schemaPath:"#/properties/compressAfter/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.compressBefore !== undefined){
if(typeof data.compressBefore !== "boolean"){
const err36 = {instancePath:instancePath+"/compressBefore",schemaPath:"#/properties/compressBefore/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.precompressInputFiles !== undefined){
if(typeof data.precompressInputFiles !== "boolean"){
const err37 = {instancePath:instancePath+"/precompressInputFiles",schemaPath:"#/properties/precompressInputFiles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.requestAsyncMdn !== undefined){
if(typeof data.requestAsyncMdn !== "boolean"){
const err38 = {instancePath:instancePath+"/requestAsyncMdn",schemaPath:"#/properties/requestAsyncMdn/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.requestMdn !== undefined){
if(typeof data.requestMdn !== "boolean"){
const err39 = {instancePath:instancePath+"/requestMdn",schemaPath:"#/properties/requestMdn/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.requestSignedMdn !== undefined){
if(typeof data.requestSignedMdn !== "boolean"){
const err40 = {instancePath:instancePath+"/requestSignedMdn",schemaPath:"#/properties/requestSignedMdn/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.requestHttpsMdn !== undefined){
if(typeof data.requestHttpsMdn !== "boolean"){
const err41 = {instancePath:instancePath+"/requestHttpsMdn",schemaPath:"#/properties/requestHttpsMdn/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.customHeaders !== undefined){
let data22 = data.customHeaders;
if(Array.isArray(data22)){
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
if(!(validate82(data22[i0], {instancePath:instancePath+"/customHeaders/" + i0,parentData:data22,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/customHeaders",schemaPath:"#/properties/customHeaders/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.useAs2Restart !== undefined){
if(typeof data.useAs2Restart !== "boolean"){
const err43 = {instancePath:instancePath+"/useAs2Restart",schemaPath:"#/properties/useAs2Restart/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.pauseIncoming !== undefined){
if(typeof data.pauseIncoming !== "boolean"){
const err44 = {instancePath:instancePath+"/pauseIncoming",schemaPath:"#/properties/pauseIncoming/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.pauseOutgoing !== undefined){
if(typeof data.pauseOutgoing !== "boolean"){
const err45 = {instancePath:instancePath+"/pauseOutgoing",schemaPath:"#/properties/pauseOutgoing/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.sendTimeout !== undefined){
let data27 = data.sendTimeout;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err46 = {instancePath:instancePath+"/sendTimeout",schemaPath:"#/properties/sendTimeout/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err47 = {instancePath:instancePath+"/sendTimeout",schemaPath:"#/properties/sendTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data.flows !== undefined){
let data28 = data.flows;
if(Array.isArray(data28)){
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
if(typeof data28[i1] !== "string"){
const err48 = {instancePath:instancePath+"/flows/" + i1,schemaPath:"#/properties/flows/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.partnerType !== undefined){
if(!(validate62(data.partnerType, {instancePath:instancePath+"/partnerType",parentData:data,parentDataProperty:"partnerType",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
if(data.isGlobalPartner !== undefined){
if(typeof data.isGlobalPartner !== "boolean"){
const err50 = {instancePath:instancePath+"/isGlobalPartner",schemaPath:"#/properties/isGlobalPartner/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.pinned !== undefined){
if(typeof data.pinned !== "boolean"){
const err51 = {instancePath:instancePath+"/pinned",schemaPath:"#/properties/pinned/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"partnerId":true,"as2Identifier":true,"name":true,"description":true,"uri":true,"messageSubject":true,"encryptionAlgorithm":true,"signDigestAlgorithm":true,"signEncryptAlgorithm":true,"encryptCert":true,"signCert":true,"useDiffCertAsSignCert":true,"httpsCert":true,"encryptMessages":true,"signMessage":true,"compressAfter":true,"compressBefore":true,"precompressInputFiles":true,"requestAsyncMdn":true,"requestMdn":true,"requestSignedMdn":true,"requestHttpsMdn":true,"customHeaders":true,"useAs2Restart":true,"pauseIncoming":true,"pauseOutgoing":true,"sendTimeout":true,"flows":true,"partnerType":true,"isGlobalPartner":true,"pinned":true},"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:as2-gateway:v4" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate77(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v5 = validate86;
const schema36 = {"$id":"urn:edi-clients:as2-gateway:v5","type":"array","items":{"$ref":"urn:edi-clients:as2-gateway#/$defs/Station"}};
const schema37 = {"type":"object","required":["as2Identifier","name","email","certificate","sftpStructure","emailNotifications","sendFailureEmails","sendMdnFailureEmails","pinned"],"properties":{"id":{"type":"integer"},"as2Identifier":{"type":"string"},"name":{"type":"string"},"comments":{"type":"string"},"email":{"type":"string"},"certificate":{"$ref":"urn:edi-clients:as2-gateway#/$defs/CertificateRef"},"sftpStructure":{"type":"integer","minimum":0},"emailNotifications":{"type":"boolean"},"sendFailureEmails":{"type":"boolean"},"sendMdnFailureEmails":{"type":"boolean"},"pinned":{"type":"boolean"}}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.as2Identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "as2Identifier"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.email === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.certificate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "certificate"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sftpStructure === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sftpStructure"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.emailNotifications === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "emailNotifications"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sendFailureEmails === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sendFailureEmails"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.sendMdnFailureEmails === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sendMdnFailureEmails"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.pinned === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pinned"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.as2Identifier !== undefined){
if(typeof data.as2Identifier !== "string"){
const err10 = {instancePath:instancePath+"/as2Identifier",schemaPath:"#/properties/as2Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.comments !== undefined){
if(typeof data.comments !== "string"){
const err12 = {instancePath:instancePath+"/comments",schemaPath:"#/properties/comments/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err13 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.certificate !== undefined){
if(!(validate78(data.certificate, {instancePath:instancePath+"/certificate",parentData:data,parentDataProperty:"certificate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
if(data.sftpStructure !== undefined){
let data6 = data.sftpStructure;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/sftpStructure",schemaPath:"#/properties/sftpStructure/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/sftpStructure",schemaPath:"#/properties/sftpStructure/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.emailNotifications !== undefined){
if(typeof data.emailNotifications !== "boolean"){
const err16 = {instancePath:instancePath+"/emailNotifications",schemaPath:"#/properties/emailNotifications/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.sendFailureEmails !== undefined){
if(typeof data.sendFailureEmails !== "boolean"){
const err17 = {instancePath:instancePath+"/sendFailureEmails",schemaPath:"#/properties/sendFailureEmails/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.sendMdnFailureEmails !== undefined){
if(typeof data.sendMdnFailureEmails !== "boolean"){
const err18 = {instancePath:instancePath+"/sendMdnFailureEmails",schemaPath:"#/properties/sendMdnFailureEmails/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.pinned !== undefined){
if(typeof data.pinned !== "boolean"){
const err19 = {instancePath:instancePath+"/pinned",schemaPath:"#/properties/pinned/type",keyword:"type",params:{type: "boolean"}};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":{"id":true,"as2Identifier":true,"name":true,"comments":true,"email":true,"certificate":true,"sftpStructure":true,"emailNotifications":true,"sendFailureEmails":true,"sendMdnFailureEmails":true,"pinned":true},"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:edi-clients:as2-gateway:v5" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate87(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

/** operationId → response status ("200", "4XX", "default") → validator. */
export const RESPONSE_VALIDATORS = {
  "authorize": { "200": v0, "401": v1, "429": v1, "500": v1 },
  "deleteMessage": { "200": v1, "401": v1, "404": v1, "429": v1, "500": v1 },
  "deleteMessages": { "200": v1, "401": v1, "429": v1, "500": v1 },
  "downloadAllReceivedAttachments": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadAllSentAttachments": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadFirstReceivedAttachment": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadFirstSentAttachment": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadReceivedAttachmentByIndex": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadReceivedAttachmentsBatch": { "401": v1, "429": v1, "500": v1 },
  "downloadReceivedMdn": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadSentAttachmentByIndex": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "downloadSentMdn": { "401": v1, "404": v1, "429": v1, "500": v1 },
  "getFailedMessage": { "200": v3, "401": v1, "404": v1, "429": v1, "500": v1 },
  "getQueuedMessage": { "200": v3, "401": v1, "404": v1, "429": v1, "500": v1 },
  "getReceivedMessage": { "200": v3, "401": v1, "404": v1, "429": v1, "500": v1 },
  "getSentMessage": { "200": v3, "401": v1, "404": v1, "429": v1, "500": v1 },
  "listFailedMessages": { "200": v2, "401": v1, "429": v1, "500": v1 },
  "listPartners": { "200": v4, "401": v1, "429": v1, "500": v1 },
  "listQueuedMessages": { "200": v2, "401": v1, "429": v1, "500": v1 },
  "listReceivedMessages": { "200": v2, "401": v1, "429": v1, "500": v1 },
  "listSentMessages": { "200": v2, "401": v1, "429": v1, "500": v1 },
  "listStations": { "200": v5, "401": v1, "429": v1, "500": v1 },
  "markReceivedMessageUnread": { "200": v1, "401": v1, "404": v1, "429": v1, "500": v1 },
  "resumeQueuedMessageRetry": { "200": v1, "401": v1, "404": v1, "429": v1, "500": v1 },
  "sendMessage": { "202": v1, "401": v1, "429": v1, "500": v1 },
  "stopQueuedMessageRetry": { "200": v1, "401": v1, "404": v1, "429": v1, "500": v1 },
};
