// Source of Null Island #38 (SYNTHETIC held-out episode, heldout19): a two-host CONVERSATIONAL co-host show with no
// rundown: two colleagues on the maps team of the same company talk shop, and the topics drift, raised by either
// host, often by the one who does NOT carry them. Hosts (invented): Wren Halloran, who leads map rendering and the
// front end at "Contour" (a route planner for cyclists and walkers), in Bath, who opens and closes the show; Idris
// Bakar, who runs Contour's routing and data pipeline, in Manchester. The company, the ford in the Dales, the tile
// bill, the huts in the Indian Ocean, the partner's spreadsheet, the heatmap, the coffee stops, the slow query and
// every anecdote are invented. Recorded Thursday 13 November 2025; the technology is real but told from memory.
// Rendered by build.mjs into labeled.txt (`Full Name: text` on every paragraph) and captions.srt (SubRip as an
// automatic captioner exports it: caption-sized cues cut without regard to speakers, NO names or marks at all).
//
// seg(kind, presenter, title, titleKeys, {mid}) / say(speaker, text, opts) as in the shared renderer.
// Marks inside the text:
//   §          a segment starting mid-paragraph, always at a sentence start (the seg after the paragraph has {mid: true});
//   {A|B}      A in labeled.txt (what was said, as a careful transcriber writes it), B in captions.srt (what the
//              captioner wrote: a misheard technical name or host name, a number in words).
// opts:
//   swallow    a short back-channel said over the other host: its own line in labeled.txt, but in captions.srt its
//              words sit INSIDE the other host's turn (the captioner writes what it hears, in time order), which
//              becomes a turn of mixed speakers (gold: the majority speaker, `ambiguous`).
// In captions.srt consecutive paragraphs of one speaker are ONE turn (one gold paragraph).
// Conventions: presenter = the host who carries the topic (brings the story, the opinion, the knowledge); a topic
// raised by one host and carried by the other is presented by the one who carries it, and the line that raises
// it belongs to the NEW segment; the welcome and the goodbye are the intro and the outro, presented by Wren.
import { say, seg } from '../build-episode.mjs';

export const W = 'Wren Halloran';
export const I = 'Idris Bakar';

export const SOURCE = [
  seg('intro', W, 'Welcome to Null Island 38', []),
  say(W, "Welcome to episode 38 of Null Island, broadcasting as always from zero degrees north, zero degrees east, the little patch of ocean where every broken coordinate ends up. I'm {Wren|Ren} Halloran, I look after how the maps look at Contour, and I'm in Bath."),
  say(I, "And I'm {Idris|Idriss} Bakar, I look after how you get from one end of the map to the other, and I'm in Manchester, with a very sunburnt neck for November."),
  say(W, "You went cycling. In the Dales. For a whole week, and you didn't post a single photo in the team channel."),
  say(I, "I was busy. Mostly with being wet. The other four days were glorious, for the record, which explains the neck."),
  say(W, "Wet is the right word, from what I hear. §Everybody at work has heard the story in pieces, and nobody has heard it properly, so I'm going to make you tell it. It's the best bug report we've had all year, and it came from our own routing engineer, on our own app, in a river. What happened at the ford?"),

  seg('topic', I, 'A bike route through a ford: OpenStreetMap tags, the weekly import and the router that never saw the water', ['OpenStreetMap', 'ford', 'routing', 'Valhalla'], { mid: true }),
  say(I, "Okay, picture it. Day three, I ask the app for a quiet route to the next village, and it sends me down a bridleway, which is fine, I love a bridleway. About two kilometres in, the bridleway goes straight into a river. Not a puddle, a river, with a little depth marker on a post, and the marker said half a metre."),
  say(W, "Ohh, no way.", { swallow: true }),
  say(I, "And on the other side, the bridleway carries on as if nothing happened. So I did what any responsible engineer would do, which is take my shoes off and carry the bike across, and then that evening I opened {OpenStreetMap|open street map} to find out who to blame."),
  say(W, "Please tell me it was a mapper and not us."),
  say(I, "It was both, which is always the answer. The way was drawn as one long bridleway, straight through the water, with no ford tag on it at all. On the ground it's obviously a ford, but in the data it was just a track that happened to cross a river line. Our router, which is Valhalla with our own bicycle costing, has a penalty for fords, but a penalty only works if the tag is there. So it saw a nice quiet unpaved way and thought it was perfect."),
  say(W, "So you fixed the map from a pub in the Dales."),
  say(I, "From a pub, on my phone, which is a terrible way to edit anything. I split the way at the river and tagged the crossing with ford equals yes, and I left a note for the local mappers about the depth. Then I had to wait, because we only pull the {Geofabrik|geo fabric} extract and rebuild the routing graph once a week, on Sunday nights. So for four more days, everyone else in the Dales was being sent into the same river."),
  say(W, "That's the bit I want on a T-shirt. Our weekly import: keeping your feet wet since 2021."),
  say(I, "I've actually put in a ticket to make it daily. The extract is updated every day anyway, it's the graph build that takes three hours, and I think we can do just the north of England in twenty minutes."),
  seg('topic', W, 'Leaving the hosted tile service: one PMTiles file of the planet on object storage behind a CDN', ['PMTiles', 'Protomaps', 'MapLibre', 'tiles']),
  say(W, "Our tiles get rebuilt from that same Sunday import, which brings me neatly to the thing I've been doing while you were standing in rivers."),

  say(I, "The tile bill."),
  say(W, "The tile bill. For anyone who hasn't worked on a web map, the map you see is cut into tiles, little squares of vector data for every zoom level, and for years we paid a hosted service to serve them. The bill grew with our users, which sounds fine until the summer, when everyone goes hiking at once and finance starts sending me screenshots. So I tried {PMTiles|PM tiles}."),
  say(I, "Which is one file.", { swallow: true }),
  say(W, "Which is one file. That's the entire idea. {PMTiles|PM tiles} is an archive format from the {Protomaps|proto maps} project that puts every tile for the whole planet into a single file, with an index at the front. You put the file on ordinary object storage, and the map in the browser asks for just the bytes it needs using HTTP range requests. There's no tile server at all. {MapLibre|Map Libre} reads it directly, with a small plugin."),
  say(I, "How big is the file?"),
  say(W, "The whole planet is somewhere around a hundred and twenty gigabytes, and we only need Europe, so I cut an extract, and ours is about forty. {Protomaps|Proto maps} publishes builds of their basemap, made with {Planetiler|planet tiler}, which turns a planet of {OpenStreetMap|open street map} data into tiles in a couple of hours on one big machine. We use our own build so that our paths and bridleways come through with the detail we want."),
  say(I, "And nothing went wrong, because nothing ever goes wrong with caching."),
  say(W, "Everything went wrong with caching. We put a CDN in front of the bucket, and for the first day the CDN didn't cache range requests the way I expected, so every single tile request went back to the bucket, and the storage bill for that one day was more than a week of the old service. Once the cache rules were right, it settled."),
  say(I, "What about the fonts and the icons? Those came from the old service too, didn't they?"),
  say(W, "They did, and they were the easy part. The glyphs for the labels and the sprite sheet for the icons are just small static files, so they sit in the same bucket, behind the same cache, and the style file points at them. The only thing I had to build myself was a little job that cuts a fresh extract after your Sunday import and swaps the file over, so the tiles and the routes agree with each other. The bill for October was about a tenth of September's."),
  say(I, "A tenth. You should put that on the T-shirt instead."),
  say(W, "I'm saving it for my performance review."),

  seg('topic', I, "Google Maps Platform's March 2025 pricing change and a self-hosted geocoder: Nominatim and Photon", ['Google Maps Platform', 'geocoding', 'Nominatim', 'Photon']),
  say(W, "Since we're talking about bills, and since finance has been so kind to us this year. Are we still paying Google for the search box?"),
  say(I, "Who do you think signs the invoice every month? Yes, but a lot less. The search box is geocoding: you type the name of a village, and something turns it into a coordinate. We used Google's autocomplete for that, because it's good, and because it used to be nearly free for a company our size, with the two hundred dollars of credit every month."),
  say(W, "Used to be.", { swallow: true }),
  say(I, "Used to be. In March Google replaced that monthly credit with free usage caps per product. The cheap tier gets ten thousand free calls a month, the next one five thousand, the top one a thousand, and after that you pay per call. For us, autocomplete fires on nearly every keystroke, so we blew through the free calls in the first few days of the month. So I moved the search box to our own geocoder."),
  say(W, "Can't you just use the public {Nominatim|nominate him}? It doesn't cost anything."),
  say(I, "Not for this. {Nominatim|Nominate him} is the geocoder the {OpenStreetMap|open street map} project runs, and its usage policy is very clear: at most one request a second, and no autocomplete, because search as you type would flatten their servers. It's a volunteer service, not a free API. What we did instead is run {Photon|photon}, which is built for search as you type on {OpenStreetMap|open street map} data, on one of our own machines, and we kept Google only for the addresses in cities, where its data is still better than ours."),
  say(W, "And what does it cost us to run? Because one machine is still a machine."),
  say(I, "It needs a fair amount of memory, and its index has to be rebuilt from the same extract, so I hung that off the Sunday job as well, right after the routing graph. It's one mid-sized server. Compared with the search bill in August, it's a rounding error."),
  say(W, "Is it as good? Tell me the truth."),
  say(I, "For villages, trailheads and pubs, which is what our users search for, it's as good or better. For a flat number in a big city, no. But our users are looking for the start of a walk, not a flat. Also, one tip for anyone doing this: keep your own coordinates in one order everywhere. I mention that for no reason at all. §Did you ever find out why the huts ended up in the sea, by the way?"),

  seg('topic', W, 'Latitude or longitude first: the mountain huts that landed off Somalia, GeoJSON, EPSG:4326 and axis order', ['latitude', 'longitude', 'axis order', 'GeoJSON'], { mid: true }),
  say(W, "I did, and I'm still a bit cross about it. So, we have a partner, a walking club, that sends us a spreadsheet of mountain huts twice a year, and we import them as points of interest. In September every single hut appeared in the Indian Ocean, just off the coast of Somalia."),
  say(I, "The whole lot of them?"),
  say(W, "All four hundred. Because somebody at the club had swapped the latitude and longitude columns. A hut in the Lake District at latitude fifty-four, longitude minus three becomes a point at longitude fifty-four, latitude minus three, which is in the sea near the equator. Our importer didn't blink, because both numbers are valid on their own. And then the partner sent a second file to fix it, and—"),
  say(I, "With the columns the other way round."),
  say(W, "With the columns the other way round, and a note saying they'd fixed our bug. The real lesson is that nobody agrees on the order. {GeoJSON|Geo JSON} always puts longitude first, that's in the standard. {PostGIS|Post GIS}, when you make a point, wants x then y, so longitude first. But Leaflet and Google's own libraries put latitude first, and {EPSG|E P S G} {4326|forty three twenty six}, the code everyone uses for plain latitude and longitude, officially defines latitude as the first axis. Since version three, {GDAL|G doll} respects that official order unless you tell it not to, which broke half the scripts on the internet overnight."),
  say(I, "So what does the importer do now?"),
  say(W, "It refuses. Every file has to come with a bounding box of where the points are supposed to be, and if more than a handful fall outside it, the import stops and emails a human. It's a boring fix, and it would have caught this in a second."),
  say(I, "A bounding box. That's so sensible it hurts. At my first job I lost two days to Leaflet, because it wants latitude first and every file we had was the other way, and nobody on the team had ever noticed that the markers were in the wrong hemisphere."),
  seg('topic', I, "The popular-routes heatmap on H3 hexagons: resolutions, pentagons and a privacy threshold", ['H3', 'hexagons', 'heatmap', 'DuckDB']),
  say(W, "While I'm confessing things about points in the wrong place, I want to argue with you about hexagons, because the heatmap you shipped has been bothering me for a month."),

  say(I, "Go on, what's wrong with my hexagons?"),
  say(W, "Nothing's wrong with them, I just don't understand why they're hexagons. Every other heatmap I've built was squares."),
  say(I, "Squares have a problem, which is that your neighbours aren't all the same distance away. The four cells that share an edge are closer than the four that touch at a corner, so anything you smooth or count across neighbours gets lumpy. A hexagon has six neighbours, all at the same distance. We use {H3|H three}, the grid Uber open-sourced, which covers the whole planet in hexagons at sixteen resolutions, from continent-sized cells down to about a square metre. The heatmap uses resolution nine, where a cell is roughly a tenth of a square kilometre."),
  say(W, "Why not the Google one, with the squares on a cube? I thought everyone used that."),
  say(I, "{S2|S two}? It's great for some things. Its cells nest exactly, so a parent contains its children perfectly, which is lovely for indexing. But its cells change shape a lot across the planet, and they're still squares, so you're back to the neighbour problem. For counting things and smoothing them, hexagons win. For exact containment, I'd pick {S2|S two}."),
  say(W, "The whole planet can't be hexagons. I remember that much from school."),
  say(I, "It can't, and it isn't. There are twelve pentagons at every resolution, sitting where the corners of an icosahedron would be, and Uber put them in the ocean on purpose. So unless your users cycle through the middle of the Pacific, you never meet one. The other quirk is that the small hexagons don't fit exactly inside the big ones, so when you zoom out and roll seven children up into a parent, the edges are slightly wrong. For a heatmap nobody can see it."),
  say(W, "And where does it run? Please don't say a notebook on your laptop."),
  say(I, "Half right. It's {DuckDB|duck DB}, with the {H3|H three} extension, reading last month's ride traces from Parquet files, turning every point into a cell id and counting riders per cell. It takes about four minutes for the whole of Europe on the batch machine. The part I care about more is the privacy threshold. A cell only shows up if at least twenty different people rode through it that month, so you can't find one person's commute by staring at a quiet lane."),
  say(W, "Twenty is good. I'd have picked ten and regretted it."),
  say(I, "I did pick ten, and legal asked for twenty, and they were right."),
  seg('topic', W, 'Coffee stops from Overture Maps places: GERS IDs, monthly GeoParquet releases and licences', ['Overture Maps', 'Overture', 'GeoParquet', 'GERS']),
  say(I, "You were in {DuckDB|duck DB} all last week as well, weren't you? I saw the queries going past. Something to do with coffee."),

  say(W, "Coffee stops, yes. Product wants the route planner to suggest a café about halfway along a long ride, and our points of interest are thin outside the towns. So I've been looking at the places data from {Overture Maps|Overture maps}."),
  say(I, "That's the one the big companies started?"),
  say(W, "Amazon, Meta, Microsoft and TomTom, under the Linux Foundation, back at the end of 2022. They publish a release of open map data every month: buildings, roads, boundaries, addresses and places, which is the one I want, tens of millions of businesses. Every feature has a {GERS|gers} ID, a stable identifier, so if the café is in this month's release and next month's, it keeps the same ID, and you can match your own data to it once and keep the link."),
  say(I, "Is any of it any good, though? Open business data is usually full of cafés that closed in 2019."),
  say(W, "Some of it is rubbish, yes. Every place comes with a confidence score, and below about point seven it's mostly closed shops and duplicates, so I throw those away. What's left is surprisingly good in villages, which is exactly where our own data is thin."),
  say(I, "And the format is the fun part, I'm guessing."),
  say(W, "The format is the fun part. It's all {GeoParquet|geo parquet} files sitting in public buckets on Amazon and Azure, and you don't download them. You point {DuckDB|duck DB} at the bucket, with its spatial extension, and ask for places in a bounding box. Because every row has its bounding box stored in columns, {DuckDB|duck DB} only reads the parts of the files that could match, so pulling every café in Wales takes under a minute over my home internet."),
  say(I, "And the licence? Because you know who'll ask."),
  say(W, "Legal, yes. The places theme is under a permissive licence, {CDLA|C D L A} Permissive two point oh, so we can use it with attribution. The road and path layers are different, because they're derived from {OpenStreetMap|open street map}, so they stay under the {ODbL|O D B L}, same as everything else we use from there. I'm only taking places. We already have better paths than anyone, thanks to mappers like you fixing fords from pubs. §Completely different subject: did you see the globe thing in the new {MapLibre|map libre}? I've been playing with it for our zoomed-out view."),

  seg('topic', W, 'Globe view in MapLibre GL JS 5 and the distortions of Web Mercator', ['MapLibre', 'globe', 'Web Mercator'], { mid: true }),
  say(I, "I saw you'd turned the whole world into a ball on the staging site, and I assumed it was a cry for help."),
  say(W, "It's a feature! Since version five, {MapLibre|map libre} can draw the map as a globe when you're zoomed all the way out, and it flattens into the normal map as you zoom in, so at street level nothing changes. The reason I care is that our zoomed-out view has always been a lie. Every web map uses Web Mercator, which keeps shapes right locally but stretches everything near the poles. Greenland looks about the size of Africa, and Africa is something like fourteen times bigger."),
  say(I, "Nobody plans a bike ride in Greenland.", { swallow: true }),
  say(W, "Nobody plans a bike ride in Greenland, fine, but people do look at the overview of a long tour, and on Mercator a route across Scandinavia looks much longer than the same distance across Spain. On the globe it looks the right size. It also can't show anything beyond about eighty-five degrees north, because the map would go on forever, so the poles are simply cut off. The cost is that every custom layer we draw has to handle the globe too, and two of mine don't yet. So for now it sits behind a feature flag."),


  say(I, "Does the globe cost anything? On phones, I mean."),
  say(W, "A little, on cheap ones. Zoomed out, the globe shows the whole planet's worth of low-zoom tiles at once, so the first frame is slower. On anything from the last few years you can't tell."),
  seg('topic', I, "A slow PostGIS query: ST_Distance versus ST_DWithin, geography, and the GiST index", ['PostGIS', 'ST_DWithin', 'ST_Distance', 'GiST']),
  say(I, "Can I confess a {PostGIS|post GIS} sin, now that we're swapping embarrassing stories?"),
  say(W, "Is it about {ST_Distance|ST distance}? It's always about {ST_Distance|ST distance}."),
  say(I, "It's always about {ST_Distance|ST distance}. So, the hut feature. When you plan a route in the mountains, we show every hut within five kilometres of it. The query took eight seconds for a long route, and I stared at it for a whole afternoon. It said where the distance from the hut to the route is less than five thousand metres. When I finally ran it with {EXPLAIN ANALYZE|explain analyse}, the plan said sequential scan on huts, in a tone I can only describe as disappointed."),
  say(W, "And the index can't help you with that, can it?"),
  say(I, "Right, and that's the trap. We have a {GiST|gist} index on the huts, but an index can only help if the database can turn your condition into a box to search in. {ST_Distance|ST distance} less than five thousand is just a number it has to compute for every hut, and then compare, so it computed it for all forty thousand huts, against a route with thousands of points. {ST_DWithin|ST D within} asks the same question, within this distance, yes or no, but it's written so the planner can use the index first, grab the huts whose boxes are anywhere near the route, and only do the exact maths for those. Same answer, about forty milliseconds."),
  say(W, "And you were in geography, not geometry?"),
  say(I, "Geography, because our routes cross half of Europe and I want metres, not degrees. That's the other trap: if you store geometry and cast it to geography inside the query, the index on the geometry column doesn't help either. You either store geography, or you transform into a local projection in metres, like the British grid, and index that. For finding the nearest huts rather than all of them, there's the distance operator in an order by, which walks the index from the closest outwards. That one feels like magic the first time."),
  say(W, "I'm writing that on the whiteboard next to the latitude rule. Look at the plan, never trust a function in a where clause."),
  say(I, "And never cycle into a river you can't see the bottom of."),

  seg('outro', W, 'Goodbye until next time', []),
  say(W, "That's the real lesson of this episode, so let's end there. If you've got a coordinate horror story, send it in, we love those, and we'll read out the worst one next time. Thanks, {Idris|Idriss}."),
  say(I, "Thanks, {Wren|Ren}. Dry socks, everyone."),
];

export const SPEAKERS = [
  { name: W, aliases: ['Wren Halloran', 'Wren', 'Halloran', 'Ren'] },
  { name: I, aliases: ['Idris Bakar', 'Idris', 'Bakar', 'Idriss'] },
];
