import { describe, expect, it } from '@jest/globals';
import { sanitizeRichText, visibleText } from './rich-text.js';

/** Payloads from the usual XSS cheat sheets; none may leave anything executable behind. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)" onmouseover=alert(1)>hello</p>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;avascript:alert(1)">click</a>',
  '<a href=" javascript:alert(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<style>body { background: url(javascript:alert(1)) }</style>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object><embed src="x.swf">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<a href="//evil.example">protocol relative</a>',
  '"><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
];

describe('sanitizeRichText', () => {
  it.each(PAYLOADS)('leaves nothing executable of %s', (payload) => {
    const clean = sanitizeRichText(`<p>before</p>${payload}<p>after</p>`);
    expect(clean).not.toMatch(/<\s*(script|style|iframe|svg|math|img|object|embed|input|details|form|meta|base|body)/i);
    expect(clean).not.toMatch(/\son\w+\s*=/i);
    expect(clean).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(clean).not.toMatch(/href="\/\//);
    expect(clean).not.toMatch(/style=/i);
    expect(clean.startsWith('<p>before</p>')).toBe(true);
  });

  it('keeps what the TipTap editor produces', () => {
    const html =
      '<h2>Plan</h2><p><strong>Bold</strong>, <em>italic</em>, <u>under</u>, <s>gone</s>, <code>x</code></p>' +
      '<ul><li><p>one</p></li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote>' +
      '<pre><code class="language-js">let a = 1;</code></pre><p>line<br>break</p><hr>';
    expect(sanitizeRichText(html)).toBe(html.replace('<br>', '<br />').replace('<hr>', '<hr />'));
  });

  it('keeps http, https and mailto links and marks them noopener nofollow', () => {
    expect(sanitizeRichText('<a href="https://labib.pl" target="_blank" rel="noreferrer">LABiB</a>')).toBe(
      '<a href="https://labib.pl" rel="noopener nofollow">LABiB</a>',
    );
    expect(sanitizeRichText('<a href="mailto:kontakt@labib.pl">mail</a>')).toBe(
      '<a href="mailto:kontakt@labib.pl" rel="noopener nofollow">mail</a>',
    );
    expect(sanitizeRichText('<a href="javascript:alert(1)">x</a>')).toBe('<a rel="noopener nofollow">x</a>');
  });

  it('maps editor synonyms to the allowed tags and drops unknown ones but keeps their text', () => {
    expect(sanitizeRichText('<h1>T</h1><b>b</b><i>i</i><div>plain</div>')).toBe('<h2>T</h2><strong>b</strong><em>i</em>plain');
    expect(sanitizeRichText('<p class="x" id="y">p</p>')).toBe('<p>p</p>');
  });

  it('escapes text that looks like markup', () => {
    expect(sanitizeRichText('<p>1 &lt; 2 &amp;&amp; "q"</p>')).toBe('<p>1 &lt; 2 &amp;&amp; "q"</p>');
  });
});

describe('visibleText', () => {
  it('is the text a reader sees', () => {
    expect(visibleText('<p> Hello <strong>world</strong> </p><script>x()</script>')).toBe('Hello world');
    expect(visibleText('<p></p><p>   </p><br>')).toBe('');
    expect(visibleText('<p>a &amp; b</p>')).toBe('a b');
  });
});
