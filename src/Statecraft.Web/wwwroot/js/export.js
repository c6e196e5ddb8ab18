// Downloads: results as JSON or CSV, charts as SVG or PNG (charts are drawn as SVG, so both come from the same picture).

export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(chart, name) {
  download(`${name}.svg`, chart.renderToSVGString(), 'image/svg+xml');
}

export function downloadPng(chart, name) {
  const svg = chart.renderToSVGString();
  const image = new Image();
  const width = chart.getWidth();
  const height = chart.getHeight();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${name}.png`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  };
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

let library = null;

// Loads ECharts (1.1 MB) once, when the first chart is drawn rather than before the page is usable: parsing it first
// would hold back every view and the first forecast. Await it before chartBox.
export function charts() {
  library ??= new Promise((resolve, reject) => {
    if (globalThis.echarts) {
      resolve(globalThis.echarts);
      return;
    }
    const script = document.createElement('script');
    script.src = '/lib/echarts-6.1.0/echarts.min.js';
    script.onload = () => resolve(globalThis.echarts);
    script.onerror = () => reject(new Error('The chart library did not load; reload the page.'));
    document.head.append(script);
  });
  return library;
}

// Adds a chart box to `parent`: a title, the chart (SVG renderer) and its export buttons. Returns the chart. Needs charts() done.
export function chartBox(parent, title, name, option, testId) {
  const box = document.createElement('div');
  box.className = 'chart-box';
  if (testId) box.dataset.testid = testId;
  const head = document.createElement('div');
  head.className = 'exports';
  head.innerHTML = '<strong></strong> <button type="button" data-export="svg">SVG</button> <button type="button" data-export="png">PNG</button>';
  head.querySelector('strong').textContent = title;
  const element = document.createElement('div');
  element.className = 'chart';
  box.append(head, element);
  parent.append(box);
  const chart = globalThis.echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({ animation: false, ...option });
  head.querySelector('[data-export=svg]').addEventListener('click', () => downloadSvg(chart, name));
  head.querySelector('[data-export=png]').addEventListener('click', () => downloadPng(chart, name));
  box.chart = chart;
  return chart;
}
