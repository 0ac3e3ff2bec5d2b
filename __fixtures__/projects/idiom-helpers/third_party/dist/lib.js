window.lib = {};
