// @ts-nocheck
// GENERATED from POLICY_SCHEMA (policy-schema.ts) by policy-validator.generated.spec.ts with ajv standalone: do not edit.
export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","additionalProperties":false,"properties":{"failOn":{"enum":["critical","high","medium","low","info","none"]},"waivers":{"type":"string","minLength":1},"plugins":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1}},"profile":{"type":"string","enum":["local","release"]},"tools":{"type":"object"},"checks":{"type":"object","maxProperties":200,"propertyNames":{"pattern":"^[a-z0-9][a-z0-9-]*$"},"additionalProperties":{"type":"object","properties":{"failOn":{"enum":["critical","high","medium","low","info","none"]}}}}}};
const func2 = (s) => { let n = 0; for (const _c of s) n++; return n; };
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "failOn") || (key0 === "waivers")) || (key0 === "plugins")) || (key0 === "profile")) || (key0 === "tools")) || (key0 === "checks"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.failOn !== undefined){
let data0 = data.failOn;
const _errs2 = errors;
if(!((((((data0 === "critical") || (data0 === "high")) || (data0 === "medium")) || (data0 === "low")) || (data0 === "info")) || (data0 === "none"))){
validate10.errors = [{instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema11.properties.failOn.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.waivers !== undefined){
let data1 = data.waivers;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate10.errors = [{instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plugins !== undefined){
let data2 = data.plugins;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length > 100){
validate10.errors = [{instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate10.errors = [{instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
let data4 = data.profile;
const _errs9 = errors;
if(typeof data4 !== "string"){
validate10.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "local") || (data4 === "release"))){
validate10.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/enum",keyword:"enum",params:{allowedValues: schema11.properties.profile.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data5 = data.tools;
const _errs11 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
validate10.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checks !== undefined){
let data6 = data.checks;
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length > 200){
validate10.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/maxProperties",keyword:"maxProperties",params:{limit: 200},message:"must NOT have more than 200 properties"}];
return false;
}
else {
for(const key1 in data6){
const _errs15 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err0 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
const err1 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid2){
for(const key2 in data6){
let data7 = data6[key2];
const _errs17 = errors;
if(errors === _errs17){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.failOn !== undefined){
let data8 = data7.failOn;
if(!((((((data8 === "critical") || (data8 === "high")) || (data8 === "medium")) || (data8 === "low")) || (data8 === "info")) || (data8 === "none"))){
validate10.errors = [{instancePath:instancePath+"/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/failOn",schemaPath:"#/properties/checks/additionalProperties/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema11.properties.checks.additionalProperties.properties.failOn.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/checks/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}
