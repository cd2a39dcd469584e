// Generated list of every rule; the meta-test checks it against the files in this folder.
import dl1001 from './dl1001.js';
import dl3000 from './dl3000.js';
import dl3001 from './dl3001.js';
import dl3002 from './dl3002.js';
import dl3003 from './dl3003.js';
import dl3004 from './dl3004.js';
import dl3006 from './dl3006.js';
import dl3007 from './dl3007.js';
import dl3008 from './dl3008.js';
import dl3009 from './dl3009.js';
import dl3010 from './dl3010.js';
import dl3011 from './dl3011.js';
import dl3012 from './dl3012.js';
import dl3013 from './dl3013.js';
import dl3014 from './dl3014.js';
import dl3015 from './dl3015.js';
import dl3016 from './dl3016.js';
import dl3018 from './dl3018.js';
import dl3019 from './dl3019.js';
import dl3020 from './dl3020.js';
import dl3021 from './dl3021.js';
import dl3022 from './dl3022.js';
import dl3023 from './dl3023.js';
import dl3024 from './dl3024.js';
import dl3025 from './dl3025.js';
import dl3026 from './dl3026.js';
import dl3027 from './dl3027.js';
import dl3028 from './dl3028.js';
import dl3029 from './dl3029.js';
import dl3030 from './dl3030.js';
import dl3032 from './dl3032.js';
import dl3033 from './dl3033.js';
import dl3034 from './dl3034.js';
import dl3035 from './dl3035.js';
import dl3036 from './dl3036.js';
import dl3037 from './dl3037.js';
import dl3038 from './dl3038.js';
import dl3040 from './dl3040.js';
import dl3041 from './dl3041.js';
import dl3042 from './dl3042.js';
import dl3043 from './dl3043.js';
import dl3044 from './dl3044.js';
import dl3045 from './dl3045.js';
import dl3046 from './dl3046.js';
import dl3047 from './dl3047.js';
import dl3048 from './dl3048.js';
import dl3049 from './dl3049.js';
import dl3050 from './dl3050.js';
import dl3051 from './dl3051.js';
import dl3052 from './dl3052.js';
import dl3053 from './dl3053.js';
import dl3054 from './dl3054.js';
import dl3055 from './dl3055.js';
import dl3056 from './dl3056.js';
import dl3057 from './dl3057.js';
import dl3058 from './dl3058.js';
import dl3059 from './dl3059.js';
import dl3060 from './dl3060.js';
import dl3061 from './dl3061.js';
import dl3062 from './dl3062.js';
import dl3063 from './dl3063.js';
import dl3064 from './dl3064.js';
import dl3065 from './dl3065.js';
import dl3066 from './dl3066.js';
import dl3067 from './dl3067.js';
import dl4000 from './dl4000.js';
import dl4001 from './dl4001.js';
import dl4003 from './dl4003.js';
import dl4004 from './dl4004.js';
import dl4005 from './dl4005.js';
import dl4006 from './dl4006.js';
import type { DockerRule } from './rule.js';

export const rules: readonly DockerRule[] = [
  dl1001,
  dl3000,
  dl3001,
  dl3002,
  dl3003,
  dl3004,
  dl3006,
  dl3007,
  dl3008,
  dl3009,
  dl3010,
  dl3011,
  dl3012,
  dl3013,
  dl3014,
  dl3015,
  dl3016,
  dl3018,
  dl3019,
  dl3020,
  dl3021,
  dl3022,
  dl3023,
  dl3024,
  dl3025,
  dl3026,
  dl3027,
  dl3028,
  dl3029,
  dl3030,
  dl3032,
  dl3033,
  dl3034,
  dl3035,
  dl3036,
  dl3037,
  dl3038,
  dl3040,
  dl3041,
  dl3042,
  dl3043,
  dl3044,
  dl3045,
  dl3046,
  dl3047,
  dl3048,
  dl3049,
  dl3050,
  dl3051,
  dl3052,
  dl3053,
  dl3054,
  dl3055,
  dl3056,
  dl3057,
  dl3058,
  dl3059,
  dl3060,
  dl3061,
  dl3062,
  dl3063,
  dl3064,
  dl3065,
  dl3066,
  dl3067,
  dl4000,
  dl4001,
  dl4003,
  dl4004,
  dl4005,
  dl4006,
];

export const rulesById: ReadonlyMap<string, DockerRule> = new Map(rules.map((r) => [r.meta.id, r]));
