// Builds Frame Budget #57 (SYNTHETIC held-out episode, heldout8) from source.mjs: a four-person panel
// on game development and graphics. Hosts Bea Lindqvist and Marcus Oyelaran, guests Tomás Ibarra and
// Priya Natarajan, all four present throughout. Intro (Bea); five topics (Bea: Valve's Steam Machine,
// Steam Frame and Steam Controller, starting MID-PARAGRAPH at the end of her rundown; Tomás: Godot 4.5;
// Marcus: Unity's CVE-2025-59489 and Unity after the Runtime Fee; [sponsor "Kilnworks", read by Bea];
// Priya: Unreal Engine 5.7 and shader compilation stutter; Bea: WebGPU in every browser); a "what are you
// playing" round, one segment per person (kind extra, presented by the person whose game it is); outro.
//
// Renders
//   labeled.txt  `Full Name:` on each person's first line, then first names; one label typo
//                (`Marucs:`); three unlabeled lines: the second half of the sponsor read (Bea), the
//                second half of Priya's PSO explanation (both decidable continuations), and a "Same."
//                after Marcus's "Or I'm older." that any of the other three could have said (marked
//                ambiguous; gold says Bea).
//   gold.json    offsets into labeled.txt, computed with the shared `render`
//                (/work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs`.
//                Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, labeledPrefix, labeledText } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, B, M, T, P } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'frame-budget-057';

const LABELS = {
  first: { [B]: 'Bea Lindqvist', [M]: 'Marcus Oyelaran', [T]: 'Tomás Ibarra', [P]: 'Priya Natarajan' },
  later: { [B]: 'Bea', [M]: 'Marcus', [T]: 'Tomás', [P]: 'Priya' },
};
const labeled = render(SOURCE, {
  header: '', footer: '', sep: '\n', trailer: '\n',
  prefix: labeledPrefix(LABELS),
  words: (i, p) => labeledText(p.text),
});

const EPISODE = { show: 'Frame Budget', number: 57, recorded: '2025-11-17', title: 'Faster stutter: Steam Machine, Godot 4.5, Unreal 5.7 and WebGPU everywhere' };
const ENTITIES = {
  required: {
    Valve: ['Valve'],
    'Steam Machine': ['Steam Machine'],
    'Steam Frame': ['Steam Frame', 'Frame'],
    'Steam Controller': ['Steam Controller'],
    SteamOS: ['SteamOS'],
    Steam: ['Steam', 'Steam client'],
    'Steam Deck': ['Steam Deck', 'Deck'],
    'Deck Verified': ['Deck Verified'],
    AMD: ['AMD'],
    'Zen 4': ['Zen 4'],
    'RDNA 3': ['RDNA 3', 'RDNA3'],
    DDR5: ['DDR5'],
    GDDR6: ['GDDR6'],
    FSR: ['FSR'],
    Proton: ['Proton'],
    Snapdragon: ['Snapdragon'],
    ARM: ['ARM'],
    x86: ['x86'],
    FEX: ['FEX'],
    'foveated streaming': ['foveated streaming', 'eye-tracked foveated streaming'],
    TMR: ['TMR'],
    Vulkan: ['Vulkan'],
    DXVK: ['DXVK'],
    'VKD3D-Proton': ['VKD3D-Proton'],
    Direct3D: ['Direct3D', 'Direct3D 11', 'Direct3D 12', 'D3D12'],
    Unity: ['Unity'],
    Godot: ['Godot', 'Godot 4'],
    'Godot 4.5': ['Godot 4.5', '4.5'],
    'shader baker': ['shader baker'],
    Metal: ['Metal'],
    'stencil buffer': ['stencil buffer'],
    TileMapLayer: ['TileMapLayer', 'tilemap', 'tilemap physics'],
    GDScript: ['GDScript'],
    'abstract classes': ['abstract classes'],
    'variadic functions': ['variadic functions'],
    'script backtracing': ['script backtracing'],
    AccessKit: ['AccessKit'],
    'Godot 4.4': ['4.4', 'Godot 4.4'],
    Jolt: ['Jolt', 'Jolt physics'],
    'typed dictionaries': ['typed dictionaries'],
    'C#': ['C#', 'C sharp'],
    '.NET': ['.NET'],
    WebGL: ['WebGL', 'WebGL 2'],
    'Compatibility renderer': ['Compatibility renderer'],
    'CVE-2025-59489': ['CVE-2025-59489'],
    'Unity 2017.1': ['Unity 2017.1', '2017.1'],
    'Unity 2019.1': ['Unity 2019.1', '2019.1'],
    Android: ['Android'],
    'Microsoft Defender': ['Defender', 'Microsoft Defender'],
    'Unity Hub': ['Hub', 'Unity Hub'],
    'Runtime Fee': ['Runtime Fee', 'runtime fee'],
    'Unity 6': ['Unity 6'],
    'Unity Personal': ['Personal', 'Unity Personal'],
    'Unity Pro': ['Pro', 'Unity Pro'],
    'Unity 6.1': ['Unity 6.1', '6.1'],
    'Unity 6.2': ['Unity 6.2', '6.2'],
    'Unity 6.3': ['Unity 6.3', '6.3'],
    'Unity AI': ['Unity AI'],
    Muse: ['Muse', 'Unity Muse'],
    'Asset Store': ['Asset Store'],
    Kilnworks: ['Kilnworks'],
    Perforce: ['Perforce'],
    Git: ['Git'],
    'Unreal Engine': ['Unreal Engine', 'Unreal', 'Unreal Engine 5', 'Unreal 5'],
    'Unreal Engine 5.7': ['Unreal Engine 5.7', 'Unreal 5.7', '5.7'],
    Nanite: ['Nanite'],
    'Nanite Foliage': ['Nanite Foliage'],
    'Nanite Assemblies': ['Nanite Assemblies'],
    'Nanite skinning': ['Nanite skinning'],
    'Nanite voxels': ['Nanite voxels'],
    MegaLights: ['MegaLights'],
    'Unreal Engine 5.5': ['Unreal Engine 5.5', '5.5'],
    'ray tracing': ['ray tracing', 'hardware ray tracing'],
    Lumen: ['Lumen'],
    'W4 Games': ['W4 Games'],
    'Godot Foundation': ['Godot Foundation', 'Foundation'],
    Substrate: ['Substrate'],
    PCG: ['PCG'],
    Epic: ['Epic', 'Epic Games'],
    'pipeline state object': ['pipeline state object', 'PSO', 'PSOs'],
    'PSO precaching': ['PSO precaching'],
    'PSO cache': ['PSO cache', 'PSO caches', 'bundled PSO cache'],
    'graphics pipeline library': ['graphics pipeline library', 'VK_EXT_graphics_pipeline_library'],
    VK_EXT_shader_object: ['VK_EXT_shader_object'],
    Linux: ['Linux'],
    Windows: ['Windows'],
    'shader pre-caching': ['shader pre-caching'],
    Fossilize: ['Fossilize'],
    WebGPU: ['WebGPU'],
    Chrome: ['Chrome'],
    Firefox: ['Firefox', 'Firefox 141'],
    Safari: ['Safari', 'Safari 26'],
    iOS: ['iOS'],
    macOS: ['macOS'],
    iPadOS: ['iPadOS'],
    visionOS: ['visionOS'],
    'compute shaders': ['compute shaders'],
    WGSL: ['WGSL'],
    Dawn: ['Dawn'],
    wgpu: ['wgpu'],
    Bevy: ['Bevy'],
    'three.js': ['three.js'],
    WebGPURenderer: ['WebGPURenderer'],
    TSL: ['TSL', 'three.js shading language'],
    GLSL: ['GLSL'],
    'Babylon.js': ['Babylon.js'],
    bindless: ['bindless'],
  },
  tolerated: [
    'Frame Budget', 'framebudget.fm', 'kilnworks.gg', 'kilnworks.gg/framebudget', 'kilnworks dot gg', 'Estudio Faro', 'Tidewrack', 'Valparaíso', 'Malmö',
    'Manchester', 'Montréal', 'Hej', 'VR', 'VR headset', 'headset', 'PC', 'CPU', 'GPU', 'GPUs', 'compute units', '4K', 'upscaling', 'trackpads', 'thumbsticks',
    'sticks', 'stick drift', 'warranty', 'emulation', 'emulation layer', 'Windows translation', 'frame times', 'refresh rate', 'high refresh rate',
    'shader stutter', 'stutter', 'shader compilation', 'shaders', 'shader', 'export', 'export dialog', 'x-ray', 'portals', 'viewports', '2D', '3D',
    'collision', 'chunks', 'stack trace', 'log file', 'screen reader', 'accessibility', 'UI', 'editor', 'web export', 'web build', 'C sharp codebase',
    'Direct3D 11', 'D3D11', 'command-line arguments', 'library', 'local attack', 'patcher', 'patcher tool', 'Unity runtime', 'runtime', 'editor versions',
    'plugins', 'splash screen', 'revenue', 'LTS', 'assistant', 'generators', 'APIs', 'sprites', 'consoles', 'Microsoft', 'build farm', 'shared cache',
    'cloud machines', 'signed builds', 'mobile', 'Steam branch', 'repo', 'open worlds', 'foliage', 'mesh', 'instanced', 'LODs', 'voxels', 'rasterise',
    'shadow-casting lights', 'material framework', 'procedural generation', 'asset format', 'materials', 'traversal stutter', 'streaming', 'render state',
    'driver', 'drivers', 'pipelines', 'playtests', 'QA', 'producer', 'extension', 'console', 'fixed hardware', 'bind groups', 'command encoders',
    'pipelines', 'JavaScript', 'node graphs', 'C++', 'Rust', 'Google', 'Mac', 'iPhone', 'descriptor', 'descriptors', 'renderer', 'spec',
    'Hades II', 'Hades 2', 'Blue Prince', 'Clair Obscur: Expedition 33', 'Clair Obscur', 'Expedition 33', 'Hollow Knight: Silksong', 'Silksong',
    'Hollow Knight', 'Hornet', 'early access', 'magick', '1.0', 'game of the year', 'art direction', 'turn-based', 'parry', 'Bluesky', 'wishlist',
    'Steam Machine Verified', 'verification programme', 'Snapdragon 8 Gen 3', 'GDDR6 VRAM', 'Direct3D 12', 'D3D12', 'Unity 2019', 'pricing page',
    'Deck', 'Frame', 'MetaHuman', 'global illumination', 'GPU particles', 'culling', 'fragment shaders', 'console port', 'web builds', 'contributors', 'frame captures', 'Unity Application Patcher', 'Steam Deck Verified', 'Linux desktop', 'Wayland',
  ],
};
const gold = {
  _source: `Synthetic held-out episode written for heldout8 (/work/heldout8/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    labeled: { input: 'labeled.txt', length: labeled.text.length, transcriptStart: labeled.transcriptStart, segments: labeled.segments, paragraphs: labeled.paragraphs },
  },
};
writeFileSync(join(here, 'labeled.txt'), labeled.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const speech = SOURCE.filter((x) => !x.seg).map((p) => labeledText(p.text)).join(' ').split(/\s+/).length;
console.log(`${speech} spoken words\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
