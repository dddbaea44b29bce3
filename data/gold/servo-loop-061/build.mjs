// Builds Servo Loop #61 (SYNTHETIC held-out episode, heldout15) from source.mjs: an INTERVIEW podcast about robotics
// software, with a host (Maren Holt) and a guest (Olumide Adeyemi, CTO of a lab-automation arm startup). Intro;
// the arm and why ROS 2 Jazzy (guest, opened by the host's question); DDS, discovery and Zenoh (guest, who raises
// it himself MID-PARAGRAPH at the end of his own answer); [sponsor "Bagyard", read by the host, starting
// MID-PARAGRAPH in her own reaction]; MoveIt 2 (guest, opened by the host's new paragraph right after her read:
// no speaker change); ros2_control and PREEMPT_RT (guest, opened by a host REACTION); Gazebo, Isaac Sim and the
// sim-to-real gap (guest, a nameless weak hand-over); micro-ROS on the gripper (guest, who raises it himself
// MID-PARAGRAPH); Nav2 and docking (guest, a host back-reference); advice (guest, an explicit last question);
// outro (host, thanks by name).
//
// Renders
//   labeled.txt  a transcription service's VERBATIM export: for each TURN a header line `Full Name [hh:mm:ss]`
//                (the time of the turn's first word), then the turn's paragraphs, one a line (the service's own
//                line breaks `¶`, and the source paragraphs of the same speaker, all under ONE header); a blank
//                line between turns; a final newline; no page header. Fillers and false starts as said,
//                straight apostrophes, spoken URLs as words, and the service's annotations kept in the text:
//                `[laughter]`, `[crosstalk]`, and `[inaudible hh:mm:ss]` where it could not make out the words
//                (the time of their first word). No page splits, no lost words. Gold paragraphs = the lines
//                under the headers. A segment starts at the header of its first paragraph's turn, or at the
//                start of its first paragraph's line when the turn goes on (no header), or at the `§`. Gold
//                key `verbatim` (check.mjs's `checkVerbatim`, new in heldout15).
//   web.txt      the show's web page: a page header and footer, a `[hh:mm:ss]` stamp on EVERY paragraph (the
//                time of its first word on one clock: ~2.6 spoken words a second, 0.6 s between speakers,
//                0.4 s before a same-speaker paragraph, starting at 4.6 s after the music), and a label
//                `Maren: ` / `Olumide: ` ONLY on the first paragraph of each turn: continuation paragraphs (the
//                page's splits of long answers `¦`, `¦~` also losing the continuation's first word, and
//                same-speaker source paragraphs) have none. No annotations (the words the service could not
//                make out are given), spoken URLs dropped (with a following comma or period), the first word
//                lost on the paragraphs marked `cut`, curly apostrophes. Built with the shared
//                `splitWebParagraphs`, `webStamps` and `render` (speechOnly). Gold paragraphs = the text after
//                the stamp (and label). A segment starts at the stamp of its first paragraph, or at the `§`; the
//                header belongs to the intro, the footer to the outro. Gold key `turns` (check.mjs's
//                `checkTurnPage`, new in heldout15).
//   gold.json    offsets into both files, all computed here (shared renderer:
//                /work/main/data/gold/build-episode.mjs, unmodified). Rerun with `node build.mjs` in this
//                folder. Deterministic.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, splitWebParagraphs, webStamps, segmentTracker, wordClock } from '../build-episode.mjs';
import { SOURCE, SPEAKERS, M, O } from './source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SLUG = 'servo-loop-061';
const WPS = 2.6;
const two = (n) => String(n).padStart(2, '0');
const hhmmss = (sec) => `${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(Math.floor(sec % 60))}`;
const unURL = (t) => t.replace(/⟨([^⟩]*)⟩/g, '$1');
// what was said: no service marks, no annotations, the inaudible words given
const said = (t) => t.replace(/\s*¶\s*/g, ' ').replace(/\s*\[(?:laughter|crosstalk)\]/g, '').replace(/\[inaudible\|([^\]]*)\]/g, '$1').trim();
const words = (t) => unURL(said(t)).replace('§', '').replace(/\s*¦~?\s*/g, ' ').split(/\s+/).filter(Boolean);
if (SOURCE.some((x) => !x.seg && /\[(?!laughter\]|crosstalk\]|inaudible\|)/.test(x.text))) throw new Error('an unknown annotation');

// --- the clock ----------------------------------------------------------------------------------
const wordTimes = wordClock(SOURCE, 4.6, (text) => words(text).length, WPS);
const lastTime = wordTimes.filter(Boolean).at(-1).at(-1);

// --- labeled.txt (verbatim) -----------------------------------------------------------------------
// a paragraph's lines, with `[inaudible hh:mm:ss]` at the time of the first word it hides
function verbatimLines(item, k) {
  let text = unURL(item.text).replace(/\s*¦~?\s*/g, ' ');
  let out = '', rest = text, w = 0;
  const re = /\[inaudible\|([^\]]*)\]/;
  let m;
  while ((m = rest.match(re))) {
    const before = rest.slice(0, m.index);
    w += before.replace(/\s*¶\s*/g, ' ').replace(/\s*\[(?:laughter|crosstalk)\]/g, '').replace('§', '').split(/\s+/).filter(Boolean).length;
    out += before + `[inaudible ${hhmmss(wordTimes[k][w])}]`;
    w += m[1].split(/\s+/).length;
    rest = rest.slice(m.index + m[0].length);
  }
  return (out + rest).split(/\s*¶\s*/);
}
let lab = '';
const lParas = [];
const tracker = segmentTracker();
{
  let prev = null, blocks = 0, cont = 0;
  SOURCE.forEach((item, k) => {
    if (item.seg) { tracker.seg(item); return; }
    if (item.speaker !== prev) {
      if (lab) lab += '\n';
      tracker.block(lab.length);
      lab += `${item.speaker} [${hhmmss(wordTimes[k][0])}]\n`;
      blocks++;
    } else { tracker.block(lab.length); }
    verbatimLines(item, k).forEach((line, j) => {
      if (j || item.speaker === prev) cont++;
      const at = lab.length;
      const mark = line.indexOf('§');
      if (mark >= 0) { if (mark > 0 && line[mark - 1] !== ' ') throw new Error('§ not at a word'); tracker.mark(at + mark); line = line.replace('§', ''); }
      lab += line + '\n';
      lParas.push({ start: at, end: at + line.length, speaker: item.speaker });
    });
    prev = item.speaker;
  });
  tracker.close(lab.length);
  console.log(`labeled.txt: ${blocks} turns (headers), ${cont} lines without a header`);
}
if (/[¦⟨⟩’§]/.test(lab)) throw new Error('a mark in labeled.txt');

// --- web.txt (turns) ----------------------------------------------------------------------------
const WSRC = SOURCE.map((x) => (x.seg ? x : { ...x, text: said(x.text) }));
const WEB_SOURCE = splitWebParagraphs(WSRC, (item) => item.cut ?? 0);
const stamps = webStamps(WSRC, wordTimes);
const wps = WEB_SOURCE.filter((x) => !x.seg);
if (wps.length !== stamps.length) throw new Error('stamp count');
const LABEL = { [M]: 'Maren', [O]: 'Olumide' };
const PAGE = {
  header: [
    'SERVO LOOP', 'Conversations about the software that moves robots', '',
    'Home  |  Episodes  |  Guests  |  Sponsors  |  Contact', '',
    'Episode 61: Olumide Adeyemi on building a lab robot with ROS 2', `Published July 9, 2025 · ${Math.round(lastTime / 60)} minutes`, '',
    'Transcript', '', '',
  ].join('\n'),
  footer: '\n\n* * *\nThis transcript was produced automatically and may contain errors. Timestamps refer to the audio episode.\nBack to all episodes',
};
const web = render(WEB_SOURCE, {
  header: PAGE.header, footer: PAGE.footer, sep: '\n\n', trailer: '\n', speechOnly: true,
  prefix: (i, p) => `[${hhmmss(stamps[i])}] ${i === 0 || wps[i - 1].speaker !== p.speaker ? LABEL[p.speaker] + ': ' : ''}`,
  words: (i, p) => p.text,
});
if (/[\[\]¶]/.test(web.text.slice(web.transcriptStart).replace(/^\[\d\d:\d\d:\d\d\] /gm, ''))) throw new Error('an annotation on the web page');

// --- gold ---------------------------------------------------------------------------------------
const EPISODE = { show: 'Servo Loop', number: 61, recorded: '2025-07-09', title: 'Olumide Adeyemi on building a lab robot with ROS 2' };
const ENTITIES = {
  required: {
    'Ferrule Robotics': ['Ferrule Robotics', 'Ferrule'],
    'ROS 2': ['ROS 2'],
    'ROS 1': ['ROS 1'],
    Jazzy: ['Jazzy', 'Jazzy Jalisco'],
    Humble: ['Humble'],
    Noetic: ['Noetic'],
    'Kilted Kaiju': ['Kilted Kaiju'],
    'long-term support': ['long-term support', 'LTS'],
    Ubuntu: ['Ubuntu'],
    'Ubuntu 24.04': ['Ubuntu 24.04'],
    roscore: ['roscore'],
    'ros2 topic list': ['ros2 topic list'],
    DDS: ['DDS'],
    'Data Distribution Service': ['Data Distribution Service'],
    RMW: ['RMW', 'ROS middleware interface'],
    'Fast DDS': ['Fast DDS'],
    eProsima: ['eProsima'],
    'Cyclone DDS': ['Cyclone DDS', 'Cyclone'],
    Eclipse: ['Eclipse'],
    'RTI Connext': ['RTI Connext'],
    discovery: ['discovery'],
    multicast: ['multicast'],
    'Wi-Fi': ['Wi-Fi'],
    QoS: ['QoS'],
    'discovery servers': ['discovery servers'],
    'automatic discovery range': ['automatic discovery range'],
    Zenoh: ['Zenoh'],
    ZettaScale: ['ZettaScale'],
    rmw_zenoh: ['rmw_zenoh'],
    Bagyard: ['Bagyard'],
    rosbags: ['rosbags'],
    MCAP: ['MCAP'],
    MoveIt: ['MoveIt'],
    'MoveIt 2': ['MoveIt 2'],
    URDF: ['URDF'],
    SRDF: ['SRDF'],
    'setup assistant': ['setup assistant'],
    OMPL: ['OMPL', 'Open Motion Planning Library'],
    'Pilz industrial motion planner': ['Pilz industrial motion planner'],
    'collision objects': ['collision objects'],
    'planning scene': ['planning scene'],
    'depth camera': ['depth camera'],
    'occupancy map': ['occupancy map'],
    'MoveIt Servo': ['MoveIt Servo'],
    singularity: ['singularity'],
    PickNik: ['PickNik'],
    'MoveIt Pro': ['MoveIt Pro'],
    'behaviour trees': ['behaviour trees'],
    ros2_control: ['ros2_control'],
    'controller manager': ['controller manager'],
    'joint trajectory controller': ['joint trajectory controller'],
    'hardware interface': ['hardware interface'],
    EtherCAT: ['EtherCAT'],
    Linux: ['Linux'],
    'real-time kernel': ['real-time kernel'],
    PREEMPT_RT: ['PREEMPT_RT'],
    Canonical: ['Canonical'],
    'Ubuntu Pro': ['Ubuntu Pro'],
    'Linux 6.12': ['6.12'],
    SCHED_FIFO: ['SCHED FIFO'],
    Gazebo: ['Gazebo'],
    'Gazebo Harmonic': ['Gazebo Harmonic'],
    ros_gz: ['ros_gz'],
    'Gazebo Classic': ['Gazebo Classic'],
    'Gazebo 11': ['Gazebo eleven'],
    CI: ['CI'],
    'pull request': ['pull request'],
    'Isaac Sim': ['Isaac Sim'],
    NVIDIA: ['NVIDIA'],
    Omniverse: ['Omniverse'],
    RTX: ['RTX'],
    PhysX: ['PhysX'],
    'synthetic images': ['synthetic images'],
    'sim-to-real gap': ['sim-to-real gap'],
    backlash: ['backlash'],
    'domain randomization': ['domain randomization'],
    'micro-ROS': ['micro-ROS'],
    microcontroller: ['microcontroller'],
    STM32: ['STM32'],
    'force sensor': ['force sensor'],
    'real-time OS': ['real-time OS'],
    Zephyr: ['Zephyr'],
    FreeRTOS: ['FreeRTOS'],
    NuttX: ['NuttX'],
    rclc: ['rclc'],
    'Micro XRCE-DDS': ['Micro XRCE-DDS'],
    'static allocation': ['static allocation'],
    RViz: ['RViz'],
    Nav2: ['Nav2'],
    slam_toolbox: ['slam_toolbox'],
    AMCL: ['AMCL'],
    lidar: ['lidar'],
    'Smac planner': ['Smac planner'],
    'MPPI controller': ['MPPI controller'],
    costmap: ['costmap'],
    'docking server': ['docking server'],
    AprilTag: ['AprilTag'],
    PR2: ['PR2'],
    catkin: ['catkin'],
    'launch files': ['launch files'],
    XML: ['XML'],
    Python: ['Python'],
    YAML: ['YAML'],
    rosdep: ['rosdep'],
    colcon: ['colcon'],
    'ros2 bag': ['ros2 bag'],
    Foxglove: ['Foxglove'],
    containers: ['containers'],
    'Isaac Lab': ['Isaac Lab'],
    'reinforcement learning': ['reinforcement learning'],
    firmware: ['firmware'],
    'keepout zone': ['keepout zone'],
    ROSCon: ['ROSCon'],
    CAN: ['CAN'],
  },
  tolerated: [
    'Servo Loop', 'servoloop.fm', 'servoloop dot fm', 'servoloop dot fm slash sixty-one', 'bagyard.io', 'bagyard dot io', 'bagyard dot io slash servoloop', 'ferrule robotics dot com', 'ferrulerobotics.com',
    'Rotterdam', 'Maren', 'Olumide', 'PhDs', 'PhD', 'master’s', "master's",
    'robot arm', 'six-axis arm', 'gripper', 'cart', 'plate', 'plates', 'ninety-six wells', 'plate reader', 'centrifuge', 'incubator', 'sample plates', 'lab automation', 'instruments',
    'framework', 'master process', 'nodes', 'node', 'topic', 'topics', 'services', 'publishers', 'subscriptions', 'middleware', 'router', 'protocol', 'base station', 'scheduler', 'dashboard',
    'tier one', 'tier one middleware', 'wired switch', 'local network', 'network', 'hospital', 'IT department', 'recordings', 'fleet', 'logs', 'joint states', 'camera', 'browser', 'storage bill', 'team plan',
    'motion planning', 'planners', 'sampling-based', 'path', 'obstacles', 'links', 'joints', 'meshes', 'linear', 'point-to-point', 'circular', 'joystick', 'vision system', 'velocity commands', 'jogging',
    'UI', 'trajectory', 'controllers', 'control loop', 'motor drives', 'drives', 'plugin', 'thousand hertz', 'operating system', 'kernel', 'mainline', 'mainline Linux', 'patches', 'CPU cores', 'CPU', 'real-time priority', 'latency', 'worst-case latency',
    'simulation', 'headless', 'pick and place', 'rendering', 'photorealistic', 'physics', 'lighting', 'textures', 'exposure', 'auto-exposure', 'gearboxes', 'cables', 'cable bundle', 'friction', 'camera model',
    'motor driver', 'C API', 'client libraries', 'serial', 'agent', 'memory', 'mobile robot', 'navigation stack', 'ROS 2 navigation stack', 'state machine', 'map', 'path planning', 'docking', 'dock plugin', 'goal',
    'workspaces', 'transforms', 'format', 'in-between releases', 'recording', 'Gazebo Ionic', 'planning pipelines', 'real time', 'real-time', 'mug',
  ],
};
for (const [k, forms] of Object.entries(ENTITIES.required)) if (!forms.includes(k)) forms.unshift(k);
const gold = {
  _source: `Synthetic held-out episode written for heldout15 (/work/heldout15/${SLUG}/build.mjs); offsets computed by the script.`,
  episode: EPISODE,
  speakers: SPEAKERS,
  entities: ENTITIES,
  files: {
    verbatim: { input: 'labeled.txt', length: lab.length, transcriptStart: 0, segments: tracker.segments, paragraphs: lParas },
    turns: { input: 'web.txt', length: web.text.length, transcriptStart: web.transcriptStart, segments: web.segments, paragraphs: web.paragraphs },
  },
};
writeFileSync(join(here, 'labeled.txt'), lab);
writeFileSync(join(here, 'web.txt'), web.text);
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
const paras = SOURCE.filter((x) => !x.seg);
const speech = paras.reduce((n, p) => n + words(p.text).length, 0);
const count = (re) => paras.reduce((n, p) => n + (p.text.match(re) ?? []).length, 0);
const turns = paras.filter((p, i) => i === 0 || paras[i - 1].speaker !== p.speaker).length;
const perSeg = [];
{ let cur = null; for (const x of SOURCE) { if (x.seg) { cur = { t: x.title.slice(0, 34), p: x.presenter.split(' ')[0], w: {} }; perSeg.push(cur); continue; } const n = words(x.text).length; cur.w[x.speaker.split(' ')[0]] = (cur.w[x.speaker.split(' ')[0]] ?? 0) + n; } }
for (const s of perSeg) console.log(`  ${s.p.padEnd(8)} ${JSON.stringify(s.w).padEnd(30)} ${s.t}`);
console.log(`${speech} spoken words, ${hhmmss(lastTime)} long, ${paras.length} source paragraphs in ${turns} turns, ${count(/¦/g)} page splits in web.txt (${count(/¦~/g)} losing a word), ${count(/¶/g)} service line breaks in labeled.txt, ${paras.filter((x) => x.cut).length} web paragraphs losing their first word, annotations: ${count(/\[laughter\]/g)} laughter, ${count(/\[crosstalk\]/g)} crosstalk, ${count(/\[inaudible\|/g)} inaudible\n` + Object.entries(gold.files).map(([k, f]) => `${k}: ${f.length} chars, ${f.segments.length} segments, ${f.paragraphs.length} paragraphs`).join('\n'));
