// Copies the prebuilt browser files of the pinned packages into the server's static resources.
const fs = require('fs');
const path = require('path');
const out = path.join(__dirname, '..', 'src', 'main', 'resources', 'static', 'vendor');
const files = {
  'htmx.min.js': 'htmx.org/dist/htmx.min.js',
  'htmx-ext-sse.js': 'htmx-ext-sse/dist/sse.min.js',
  'echarts.min.js': 'echarts/dist/echarts.min.js',
};
fs.mkdirSync(out, { recursive: true });
for (const [name, from] of Object.entries(files)) {
  const src = require.resolve(from, { paths: [__dirname] });
  fs.copyFileSync(src, path.join(out, name));
  console.log(`${from} -> static/vendor/${name}`);
}
