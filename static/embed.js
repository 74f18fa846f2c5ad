// TAO Paradox Explorer: sizes each of our iframes on this page to its figure's height.
// Accepts only {type: "tao-embed:resize", name: string, height: number} from an iframe whose src is on
// this script's origin, sent by that iframe's own window (its origin is "null" when sandboxed).
(function () {
  var script = document.currentScript;
  if (!script || window.__taoEmbedResize) return;
  window.__taoEmbedResize = true;
  var ours = new URL(script.src, location.href).origin;
  window.addEventListener('message', function (ev) {
    var d = ev.data;
    if (!d || typeof d !== 'object' || Object.keys(d).length !== 3 || d.type !== 'tao-embed:resize') return;
    if (typeof d.name !== 'string' || typeof d.height !== 'number' || !(d.height > 0 && d.height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var k = 0; k < frames.length; k++) {
      var f = frames[k];
      if (f.contentWindow !== ev.source) continue;
      var src = new URL(f.src, location.href);
      var opaque = f.sandbox.length > 0 && !f.sandbox.contains('allow-same-origin');
      if (src.origin !== ours || (ev.origin !== ours && !(ev.origin === 'null' && opaque))) return;
      f.style.height = Math.ceil(d.height) + 'px';
      return;
    }
  });
})();
