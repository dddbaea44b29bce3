// Source of Home Row #31 (SYNTHETIC held-out episode, heldout10): a two-host show about developer tools
// (version control, shells, editors, terminals). Hosts (invented): Farah Siddiqui, a backend developer in
// Leeds and a long-time Neovim and fish user, who opens and closes the show; Gus Lindahl, who does developer
// experience at a payroll software company in Malmö and is an "editor tourist". The sponsor "Benchbox"
// (cloud development machines) is invented. Recorded Thursday 5 June 2025; the tools and releases are real
// but told from memory.
// Rendered by build.mjs into plain.txt (a human-edited transcript with NO speaker labels) and labeled.txt
// (its labeled twin).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text) as in the shared renderer. Each say is
// one paragraph in both files; consecutive paragraphs of the same speaker are the editor's paragraph
// breaks inside a long turn (unlabeled in labeled.txt too).
// Marks inside the text:
//   §      a segment starting mid-paragraph (the seg after the paragraph has {mid: true});
//   ⟨...⟩  a spoken URL (kept as plain words in both files).
// The hosts say each other's names only now and then; in plain.txt the speaker of a paragraph is known only
// by reading (who owns which tool, who reacts, who asks).
import { say, seg } from '../build-episode.mjs';

export const F = 'Farah Siddiqui';
export const G = 'Gus Lindahl';

export const SOURCE = [
  seg('intro', F, 'Welcome and introductions', []),
  say(F, "Hello, and welcome to Home Row, the show about the tools you touch all day and never think about. This is episode thirty-one. I'm Farah Siddiqui, I'm a backend developer in Leeds, and I've been using Neovim for so long that I type colon w into Google Docs."),
  say(G, "And I'm Gus Lindahl. I'm in Malmö, I do developer experience at a company that makes, um, payroll software, which is exactly as glamorous as it sounds, and I use whatever editor my team is using that week."),
  say(F, "He's an editor tourist."),
  say(G, "I'm an editor tourist. I have a passport with stamps in it. VS Code, IntelliJ, a very confusing month in Emacs."),
  say(F, "We don't talk about the Emacs month."),
  say(G, "We don't talk about the Emacs month. I still have the pinky strain. Which is also why I bought a split keyboard, which arrived on Monday, so if I type anything during this episode it'll sound like a small animal falling down the stairs."),
  say(F, "Is that the one with the thumb clusters?"),
  say(G, "It has thumb clusters. I don't know what my thumbs are supposed to do yet. Right now they mostly press escape by accident, which, for a Vim person, I'm told, is a lifestyle."),
  say(F, "So this week is a bit of a theme episode, by accident. We have version control, twice, a shell, an editor, a terminal, and a thing that manages all your other things. And about half of them are written in Rust now, which, I'm told, we will be making jokes about."),
  say(G, "At least three jokes. I've prepared them. They're not good."),

  seg('topic', G, 'Git turns twenty, and Git 2.49: git backfill and git clone --revision', ['Git', 'Git 2.49', 'twenty', '20 years', 'git backfill']),
  say(F, "Okay. Well, you've got the birthday, so you go first."),
  say(G, "I have the birthday. So, Git turned twenty in April. The first commit, from Linus Torvalds, is dated the seventh of April, 2005. And the story, if you don't know it, is that the Linux kernel was using BitKeeper, which was proprietary, and the free license for kernel developers got pulled, and Linus basically wrote a replacement in a couple of weeks. Which is the most Linus thing imaginable."),
  say(F, "A couple of weeks. I've spent longer than that on a git alias."),
  say(G, "You have. I've seen the alias. And then a few months later he handed it over to Junio Hamano, who has been the maintainer ever since. Twenty years, basically. Junio has been maintaining Git for about as long as some of our listeners have been alive, which is a horrifying sentence to say out loud."),
  say(F, "Please don't say it again."),
  say(G, "I won't. There was a nice interview with Linus for the anniversary, and my favourite part is that he more or less says he never wanted to maintain a version control system. He wanted one to exist, so he could go back to the kernel. Which, honestly, relatable. That's how I feel about most of our internal tools."),
  say(G, "But I also want to do actual news, because Git keeps shipping, even at twenty. Git 2.49 came out in March, and there are two things in it I think people will actually use. The first is git backfill. So, if you have a huge repository, one way to clone it is a blobless partial clone. Filter equals blob colon none. You get all the commits and all the trees, but not the file contents, and Git fetches those lazily, when you need them."),
  say(F, "And then you check out an old branch and it fetches one file at a time for twenty minutes."),
  say(G, "Exactly that. And git backfill is the fix for exactly that. It fetches the missing blobs in batches, ahead of time, grouped sensibly, so you do the lazy clone and then let backfill run in the background while you get a coffee. The second one is git clone dash dash revision, where you can clone exactly one commit or one ref, without Git making a branch for it. Which is nice for CI."),
  say(F, "Okay, the CI one I want. Our CI clones the whole monorepo to run a linter on three files."),
  say(G, "Everybody's CI does that. Also, small public service announcement while we're on twenty years of Git: git switch and git restore have been there since 2019. You don't have to use checkout for everything. Checkout does about five different jobs, and one of them throws away your work without asking."),
  say(F, "I will be using checkout until I die. It's muscle memory. I'm not proud."),
  say(G, "And the last thing, which isn't a feature yet: there's a document in the Git source tree about the breaking changes they're planning for Git 3.0. New repositories defaulting to SHA-256 instead of SHA-1, the default branch being called main, some old commands going away. There's no date, it's a plan. But it's the first time a three point oh has felt real."),
  say(F, "Git three. That's like finding out your parents got a tattoo."),
  say(G, "It's a very conservative tattoo. It just says SHA-256 in a small font."),
  say(F, "But can you even push a SHA-256 repository anywhere? I thought the big forges didn't support it."),
  say(G, "As far as I know, GitHub still doesn't, which is a big part of why nobody uses it. Git itself has supported SHA-256 repositories for years. It's the ecosystem that has to catch up. Which is also why it's a three point oh and not a Tuesday."),
  say(F, "Honestly, the thing I want from Git at twenty is an undo button. A real one. Not, go and read the reflog and find the hash from before you ruined everything. §Which is my excuse to talk about jj, because I've spent the last month using Jujutsu instead of typing git, and I have to tell someone about it."),

  seg('topic', F, 'A month with Jujutsu (jj): the working copy is a commit, jj undo, first-class conflicts', ['Jujutsu', 'jj'], { mid: true }),
  say(G, "The Google one."),
  say(F, "Well, it's by Martin von Zweigbergk, who works at Google, and Google uses it internally, but it's an open source project. And it's written in Rust."),
  say(G, "Hey! That was my joke. You stole my first joke."),
  say(F, "Sorry. You've got two left. So the thing to understand about jj is that it stores everything in a normal Git repository. You can run it colocated, inside an existing Git repo, and your colleagues never know. They see normal commits, normal branches on GitHub. But the model on top is different."),
  say(F, "The big one: your working copy is a commit. There's no staging area. Every time you run a jj command, it snapshots your files into the current change. So you never have uncommitted changes, in the Git sense. You're always editing a commit, and you use jj describe to write its message, and jj new to start the next one."),
  say(G, "No staging area sounds terrifying, as somebody who uses git add dash p like a religion."),
  say(F, "That's exactly what I thought! But there's jj split, which is basically add dash p backwards. You take the change you've made and split it into two. And jj squash moves things into the parent. And the thing that actually converted me is the operation log. Every operation is recorded, so jj undo undoes the last thing. Any thing. A rebase, a squash, whatever you just did."),
  say(G, "Okay, undoing a rebase without opening the reflog and quietly crying. That's good. That's really good."),
  say(F, "It saved me last Tuesday. I had a stack of five commits for one pull request, and I rebased the whole stack onto main, and then I squashed the wrong two together. In Git, that's twenty minutes in the reflog. In jj it was jj undo, and I was back. And the stack is the other thing it's good at. You edit a commit in the middle, and everything on top of it gets rebased automatically."),
  say(G, "Automatically? Without asking?"),
  say(F, "Without asking. It feels wrong for about two days, and then it feels like how it always should have been. And you pick commits with revsets, which is a little query language, like, show me all my commits that aren't on main yet. That one's my default log now."),
  say(F, "And conflicts are first-class. If a rebase produces a conflict, it doesn't stop and make you fix it right now. It records the conflict in the commit and carries on, and you fix it whenever you want. Oh, and branches are called bookmarks now, they renamed them last year, which confused everyone, including me."),
  say(G, "Is it ready, though? Would you put your team on it?"),
  say(F, "I wouldn't put a team on it. I'd put me on it. It's still zero point something, there are rough edges. It doesn't run your Git hooks, for example, which bit me with our pre-commit formatter. But because it's colocated, the risk is tiny. If I hate it tomorrow, I delete the dot jj folder and I'm back in plain Git, and nobody ever knew."),
  say(G, "The affair nobody finds out about."),
  say(F, "That's a dark way to describe version control, but yes."),

  seg('topic', G, 'fish 4.0: the shell rewritten from C++ to Rust', ['fish 4.0', 'fish', 'Rust']),
  say(G, "Fish 4.0 came out at the end of February, and it's the rewrite. The whole shell went from C++ to Rust."),
  say(F, "There's joke number two for you."),
  say(G, "I'm saving joke number two. So the fish team wrote a blog post about it called The Fish of Theseus, which is a perfect title, because they didn't do a big-bang rewrite. They replaced it piece by piece, over about two years, and at every point in between, the shell still worked and the tests still passed, until one day there was no C++ left."),
  say(F, "That's the only way a rewrite ever works, isn't it? The ship never leaves the water."),
  say(G, "The ship never leaves the water. And from the user side, honestly, the main news is that nothing changed. Which is the point. There are some new things. The key binding syntax is nicer, you write bind ctrl-right instead of the old escape sequences. And you can build it as one self-contained binary, with all the functions and completions baked in, so you can copy fish onto a server and it just works."),
  say(G, "And there's still fish_config, which opens a web page in your browser where you pick your colours and your prompt. Which is the most 2005 thing a shell can do, and I love it."),
  say(G, "And I'll confess, this is the release that finally made me switch. I was a zsh person, with about four hundred lines of oh-my-zsh config, and fish does most of that out of the box. Autosuggestions, syntax highlighting, completions generated from man pages."),
  say(F, "I've been telling you to switch for three years."),
  say(G, "And I didn't listen, and that's my character flaw. The one catch is that fish isn't POSIX, so you can't paste a bash snippet from Stack Overflow and expect it to work. Setting a variable is set dash x instead of export, loops look different. So my scripts are still bash, with a shebang at the top, and my shell is fish."),
  say(F, "As it should be. Scripts in bash, life in fish."),
  say(G, "That's not a joke, that's a life philosophy. Put it on a mug."),
  say(F, "And use abbreviations instead of aliases. abbr. You type gco, press space, and it expands to git checkout right there on the line, so the history shows the real command and your colleagues can read over your shoulder."),
  say(G, "That's a good tip. That's a genuinely good tip. I had about sixty aliases in zsh and nobody at work understood anything I typed."),
  say(F, "That's not the aliases. That's just you."),

  seg('sponsor', F, 'Sponsor: Benchbox, cloud development machines', ['Benchbox']),
  say(F, "Quick break! This episode is brought to you by Benchbox. Benchbox gives every developer on your team a cloud development machine, set up from a config file in your repo, so a new hire goes from laptop to running the whole app in about ten minutes, instead of about ten days. It works with whatever editor you use, over SSH, so yes, Neovim works. I checked."),
  say(F, "And you can stop saying works on my machine, because everyone has the same machine. Go to ⟨benchbox dot dev slash homerow⟩ for a month free for your whole team. Thanks to Benchbox for supporting the show."),
  say(G, "Ten days is optimistic for us, by the way. Our onboarding wiki still mentions Subversion."),
  say(F, "Somebody should update that wiki, Gus."),
  say(G, "Somebody should. It's me. I'm somebody."),

  seg('topic', F, 'Neovim 0.11: vim.lsp.config, vim.lsp.enable and default LSP mappings', ['Neovim 0.11', 'Neovim', 'LSP']),
  say(F, "Okay. Editors. Neovim 0.11 came out at the end of March, and it's the release where the built-in LSP client stopped needing a plugin just to get started."),
  say(G, "Isn't that what nvim-lspconfig was for?"),
  say(F, "That's what it was for. So, before, to set up a language server, you installed nvim-lspconfig and you called setup on it. Now there's vim.lsp.config, where you describe a server, what command to run, which file types, how to find the root of the project, and vim.lsp.enable, where you switch it on. And you can put those configs in files, in an lsp folder in your config directory, one file per server."),
  say(F, "nvim-lspconfig still exists, but it's turning into a collection of those files. The defaults for every server, instead of a framework you have to call."),
  say(G, "And the keys? Because the thing I always hated when I tried Neovim was that I had to invent all the keybindings for rename and go to references myself. I'd spend a whole evening on keybindings and then go back to VS Code."),
  say(F, "There are defaults now! grn is rename, gra is code action, grr is references, gri is implementation, and capital gO is the document symbols. And control-S in insert mode for signature help. They picked a g-r prefix on purpose, so it doesn't clash with anything you already use."),
  say(G, "g, r, n. I'll never remember that. Also, confession, the last time I tried, I used LazyVim, because I didn't want to build a config from nothing."),
  say(F, "You'll remember it in a week. And that's fine! LazyVim is fine. It's a good distribution, folke does amazing work. But then you've got a config you didn't write and don't understand, and the first time something breaks, you're reading someone else's Lua at midnight. With 0.11 the from-nothing config is so small that I'd tell a beginner to start there now."),
  say(F, "Anyway. Completion is built in now too, there's a function to turn on LSP completion, so for a lot of people that's one more plugin gone. And there's a bunch of bracket mappings, bracket-q for the quickfix list, bracket-d for diagnostics, borrowed from Tim Pope's unimpaired plugin."),
  say(G, "Everything in Vim is eventually borrowed from Tim Pope."),
  say(F, "Tim Pope is the standard library. And diagnostics can show as virtual lines now, under the code, instead of crammed at the end of the line. I turned that on and I'm never going back. My whole config went from about six hundred lines to a bit over two hundred."),
  say(G, "So what you're telling me is, Neovim is finally becoming an IDE."),
  say(F, "I'm telling you it's becoming an editor that doesn't need forty plugins to act like an IDE. Which is different, and I will fight you about it. Outside. In the car park."),

  seg('topic', G, 'Ghostty: Mitchell Hashimoto’s native, GPU-rendered terminal', ['Ghostty', 'terminal']),
  say(F, "Speaking of fighting. You switched terminals. Again."),
  say(G, "I switched terminals again, and I think this time I'm staying. Ghostty. It's by Mitchell Hashimoto, who co-founded HashiCorp, and after he left he started writing a terminal emulator as a hobby, and 1.0 came out last December. The day after Christmas."),
  say(F, "Nothing says holiday spirit like a terminal emulator."),
  say(G, "It's written in Zig, not Rust, so, no joke there, sorry."),
  say(F, "Joke number two has been cancelled."),
  say(G, "Postponed. The pitch is that it's fast, it's standards-compliant, and it's native. On macOS, the windows and the tabs and the splits are real AppKit, written in Swift, and on Linux it's GTK. It renders on the GPU, Metal on the Mac, OpenGL on Linux, but it doesn't feel like a game engine pretending to be a Mac app, which is how some of the other GPU terminals feel to me."),
  say(G, "There's no settings window. It's one text file, and the defaults are good, so my config is eleven lines. It comes with hundreds of themes built in, and there's a command, ghostty plus list-themes, that previews them all, which is how I lost most of Sunday."),
  say(F, "Eleven lines. My prompt config is longer than that. How are the fonts, though? Because I'm very picky about fonts."),
  say(G, "I know you are. Fonts look great. It ships with JetBrains Mono as the default, with ligatures, and it has the Nerd Font symbols built in, so all the little icons in your prompt just show up, without patching a font. That alone saved me an afternoon."),
  say(G, "And Farah, you're going to like this bit. It supports the Kitty graphics protocol, so images in the terminal work, and the Kitty keyboard protocol, which means the terminal can tell the editor about key combinations that terminals traditionally couldn't send. Like control-shift-something. Or telling control-i apart from tab."),
  say(F, "Oh, that's actually huge for Neovim people. I've wanted to map control-i separately from tab for about ten years."),
  say(G, "Ten years of tab-related suffering."),
  say(F, "Is there a Windows version? Asking for most of my team."),
  say(G, "Not yet. macOS and Linux only, for now. Sorry, Windows people. The other thing I didn't expect to love is the quick terminal on the Mac. You press a key and a terminal drops down from the top of the screen, like the console in an old shooter game, and it goes away again when you're done."),
  say(F, "Does it do the thing where other apps can use it as a library?"),
  say(G, "That's the long game. The core is libghostty, and the plan is for other apps to embed it. But for now I just want a terminal that opens instantly, and it does. Of course, the first thing that happened in my shiny new terminal, in my shiny new shell, was that my Node version was wrong. §So, version managers. asdf got rewritten from Bash to Go in January, version 0.16."),

  seg('topic', G, 'Version managers: asdf 0.16 rewritten in Go, and moving to mise', ['mise', 'asdf', 'version manager'], { mid: true }),
  say(F, "Wait, asdf is in Go now?"),
  say(G, "asdf is in Go now. It's much faster, because it's not shelling out to a hundred Bash scripts every time you cd into a directory. But it also broke some things. The asdf global and asdf local commands are gone, now it's asdf set, and the shims work a bit differently, so a lot of people's setups broke on upgrade."),
  say(F, "Including yours."),
  say(G, "Including mine, obviously. And while I was fixing it, I switched to mise, which a lot of people had been telling me to do. It's by Jeff Dickey, it used to be called rtx, and it's, yes, written in Rust."),
  say(F, "There it is! Joke number two!"),
  say(G, "It's not a joke, it's just a fact. mise reads the same dot tool-versions file as asdf, so you can switch without touching your projects. You say mise use node at 22, and it writes a mise dot toml. But it also does environment variables per directory, like direnv, and tasks, like a tiny make. So it replaced three tools for me. asdf, direnv, and a Makefile full of phony targets."),
  say(F, "Three tools in one is how every tool starts. And then it's how every tool ends up with a plugin system."),
  say(G, "It already has a plugin system. It can use the asdf plugins."),
  say(F, "Of course it can. Everything is a plugin system if you wait long enough."),
  say(G, "One thing that surprised me in a good way, though: because mise can set environment variables and run tasks the moment you cd into a folder, it won't read a config file from a repo you just cloned until you run mise trust. Otherwise any repo could run code on your machine just because you looked at it."),
  say(F, "That's the right call. direnv does the same with direnv allow, right?"),
  say(G, "Same idea, yes. And it handles Python virtual environments too, you can tell it to create and activate a venv for the folder, which is the part that made me delete my last shell plugin."),

  seg('extra', F, 'Farah’s pick: delta, a syntax-highlighting pager for git diffs', ['delta', 'git-delta']),
  say(G, "Okay, picks. You go first."),
  say(F, "My pick is delta. It's a pager for git diffs. You set it as the core pager in your git config, and suddenly your diffs have syntax highlighting, line numbers, and a side-by-side mode if your screen is wide enough. It highlights the exact words that changed inside a line, which, for reviewing a one-character fix, is everything. And it works with jj too, before anyone asks. You can tell jj to use it as the diff pager."),
  say(G, "I use delta! I've used it for years. I didn't know it had a name, I thought that's just how diffs looked."),
  say(F, "That's the highest praise a tool can get. Nobody knows it's there."),

  seg('extra', G, 'Gus’s pick: The Missing Semester of Your CS Education (MIT)', ['Missing Semester', 'MIT']),
  say(G, "Mine's a course, and it's free. The Missing Semester of Your CS Education, from MIT. It's a set of lectures, from 2020 I think, on exactly the stuff this show is about. The shell, Vim, Git, data wrangling on the command line, debugging."),
  say(G, "I send it to every junior person who joins my team. The Git lecture is the best explanation of the data model I've ever seen, blobs, trees, commits, refs, in about an hour. Which, honestly, makes jj easier to understand too, once you know what it's storing."),
  say(F, "I should watch the Vim one. Just to find out what I've been doing wrong for fifteen years."),
  say(G, "Nothing. You've been doing nothing wrong. You just have six hundred lines of config."),
  say(F, "Two hundred. Now. Keep up."),

  seg('outro', F, 'Goodbye', []),
  say(F, "And that's the show! Thanks for listening to Home Row. Show notes, with links to everything, are at ⟨homerow dot fm slash thirty-one⟩. If you switched anything this month, your shell, your editor, your terminal, tell us, we're collecting stories."),
  say(G, "Especially if you switched back. We want the sad stories too."),
  say(F, "Especially the sad stories. Bye, Gus."),
  say(G, "Bye, everyone. Go update something."),
];

export const SPEAKERS = [
  { name: F, aliases: ['Farah Siddiqui', 'Farah', 'Siddiqui', 'SIDDIQUI'] },
  { name: G, aliases: ['Gus Lindahl', 'Gus', 'Lindahl', 'LINDAHL'] },
];
