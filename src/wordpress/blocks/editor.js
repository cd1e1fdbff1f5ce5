/* Siar blocks in the editor: sidebar controls for the main attributes and a live preview rendered by
 * the same PHP as the front end (ServerSideRender). Plain JS on WordPress's globals: no build step. */
(function (wp) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var be = wp.blockEditor;
	var c = wp.components;
	var ServerSideRender = wp.serverSideRender;

	var LAYOUTS = {
		releases: ['list', 'cards', 'compact', 'ticker'],
		videos: ['grid', 'carousel', 'list'],
		directory: ['cards', 'compact'],
		social: ['horizontal', 'vertical', 'floating'],
	};

	function text(props, name, label, help) {
		return el(c.TextControl, {
			label: label,
			help: help,
			value: props.attributes[name] || '',
			onChange: function (value) {
				var next = {};
				next[name] = value;
				props.setAttributes(next);
			},
		});
	}

	function controls(widget, props) {
		var a = props.attributes;
		var out = [
			text(props, 'src', __('Feed URL (src)', 'siar'), __('Empty: the feed named by the province profile.', 'siar')),
			text(props, 'profile', __('Province profile URL', 'siar'), __('Empty: the one set in Settings → Siar.', 'siar')),
		];
		if (widget !== 'alert') {
			out.push(text(props, 'heading', __('Heading', 'siar')));
			out.push(
				el(c.RangeControl, {
					label: __('Number of items', 'siar'),
					value: a.limit || undefined,
					min: 0,
					max: 50,
					allowReset: true,
					onChange: function (value) {
						props.setAttributes({ limit: value || undefined });
					},
				}),
			);
		}
		if (LAYOUTS[widget]) {
			out.push(
				el(c.SelectControl, {
					label: __('Layout', 'siar'),
					value: a.layout || '',
					options: [{ label: __('Default', 'siar'), value: '' }].concat(
						LAYOUTS[widget].map(function (v) {
							return { label: v, value: v };
						}),
					),
					onChange: function (value) {
						props.setAttributes({ layout: value || undefined });
					},
				}),
			);
		}
		if (widget === 'alert') {
			out.push(text(props, 'area', __('Area', 'siar')));
		}
		out.push(
			el(c.SelectControl, {
				label: __('Language', 'siar'),
				value: a.lang || '',
				options: [
					{ label: __('Default', 'siar'), value: '' },
					{ label: 'Bahasa Indonesia', value: 'id' },
					{ label: 'English', value: 'en' },
				],
				onChange: function (value) {
					props.setAttributes({ lang: value || undefined });
				},
			}),
		);
		return out;
	}

	// The blocks the server registered (siar/alert only when the bundled release has <siar-alert>).
	(window.siarBlocks || ['releases', 'videos', 'directory', 'social']).forEach(function (widget) {
		var name = 'siar/' + widget;
		wp.blocks.registerBlockType(name, {
			edit: function (props) {
				return el(
					'div',
					be.useBlockProps(),
					el(be.InspectorControls, null, el(c.PanelBody, { title: __('Siar', 'siar'), initialOpen: true }, controls(widget, props))),
					el(ServerSideRender, {
						block: name,
						attributes: props.attributes,
						EmptyResponsePlaceholder: function () {
							return el(c.Placeholder, {
								label: 'Siar',
								instructions: __('Nothing to show yet: set a feed URL or the province profile in Settings → Siar.', 'siar'),
							});
						},
					}),
				);
			},
			save: function () {
				return null;
			},
		});
	});
})(window.wp);
