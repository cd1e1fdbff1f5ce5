<?php
/**
 * Shortcodes and blocks: validated attributes, the custom element, its server-side fallback links,
 * and the widget script enqueued only where a widget is used.
 *
 * @package Siar
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The widgets: element, attributes (name => rule) and what the fallback lists.
 * Rules: 'url', 'text', 'lang', 'tz', 'tokens', 'bool', 'int:min:max', 'num', or an array of allowed values.
 *
 * @return array<string,array>
 */
function siar_widgets() {
	$common  = array(
		'src'           => 'url',
		'profile'       => 'url',
		'lang'          => 'lang',
		'time-zone'     => 'tz',
		'heading'       => 'text',
		'heading-level' => 'int:1:6',
		'show'          => 'tokens',
		'limit'         => 'int:0:100',
	);
	$save    = array( 'auto', 'on', 'off' );
	$widgets = array(
		'releases'  => array(
			'tag'      => 'siar-releases',
			'role'     => 'releases',
			'list'     => 'items',
			'limit'    => 5,
			'atts'     => $common + array(
				'layout'    => array( 'list', 'cards', 'compact', 'ticker' ),
				'category'  => 'text',
				'query'     => 'text',
				'more-href' => 'url',
				'save-data' => $save,
			),
		),
		'videos'    => array(
			'tag'   => 'siar-videos',
			'role'  => 'videos',
			'list'  => 'items',
			'limit' => 12,
			'atts'  => $common + array(
				'layout'     => array( 'grid', 'carousel', 'list' ),
				'featured'   => 'bool',
				'thumbnails' => array( 'provider', 'local' ),
				'save-data'  => $save,
			),
		),
		'directory' => array(
			'tag'   => 'siar-directory',
			'role'  => 'directory',
			'list'  => 'agencies',
			'limit' => 100,
			'atts'  => $common + array(
				'layout' => array( 'cards', 'compact' ),
				'group'  => array( 'type', 'alpha', 'none' ),
				'type'   => 'text',
				'query'  => 'text',
				'seo'    => 'bool',
			),
		),
		'social'    => array(
			'tag'   => 'siar-social',
			'role'  => 'social',
			'list'  => 'social',
			'limit' => 20,
			'atts'  => $common + array(
				'name'        => 'text',
				'layout'      => array( 'horizontal', 'vertical', 'floating' ),
				'size'        => array( 'small', 'medium', 'large' ),
				'variant'     => array( 'brand', 'mono' ),
				'show-handle' => 'bool',
				'instagram'   => 'text',
				'facebook'    => 'text',
				'youtube'     => 'text',
				'x'           => 'text',
				'twitter'     => 'text',
				'tiktok'      => 'text',
				'whatsapp'    => 'text',
				'threads'     => 'text',
				'telegram'    => 'text',
				'linkedin'    => 'text',
			),
		),
	);
	// <siar-alert> only when the bundled release has it. No fallback: a cached warning could be stale.
	if ( is_readable( SIAR_DIR . 'assets/elements/siar-alert.js' ) ) {
		$widgets['alert'] = array(
			'tag'   => 'siar-alert',
			'role'  => 'alerts',
			'list'  => '',
			'limit' => 0,
			'atts'  => array(
				'src'           => 'url',
				'profile'       => 'url',
				'lang'          => 'lang',
				'time-zone'     => 'tz',
				'area'          => 'text',
				'min-severity'  => array( 'Minor', 'Moderate', 'Severe', 'Extreme' ),
				'min-magnitude' => 'num',
				'kinds'         => 'tokens',
				'refresh'       => 'int:0:1440',
			),
		);
	}
	return $widgets;
}

/**
 * Validates one attribute value against its rule; '' (or null for booleans off) drops it.
 *
 * @param mixed        $value Raw value (shortcode string or block attribute).
 * @param string|array $rule  Rule.
 * @return string|null
 */
function siar_validate_attribute( $value, $rule ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : '';
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = trim( $value );
	if ( is_array( $rule ) ) {
		return in_array( $value, $rule, true ) ? $value : null;
	}
	if ( 'url' === $rule ) {
		$url = siar_valid_url( $value );
		return '' === $url ? null : $url;
	}
	if ( 'lang' === $rule ) {
		$lang = siar_valid_lang( $value );
		return '' === $lang ? null : $lang;
	}
	if ( 'tz' === $rule ) {
		return preg_match( '#^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$#', $value ) ? $value : null;
	}
	if ( 'tokens' === $rule ) {
		return preg_match( '/^[a-z0-9 _-]{1,200}$/', $value ) ? $value : null;
	}
	if ( 'bool' === $rule ) {
		return in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on' ), true ) ? '' : null;
	}
	if ( 'num' === $rule ) {
		return is_numeric( $value ) ? (string) ( 0 + $value ) : null;
	}
	if ( str_starts_with( $rule, 'int:' ) ) {
		list( , $min, $max ) = explode( ':', $rule );
		if ( ! preg_match( '/^\d{1,6}$/', $value ) ) {
			return null;
		}
		return (string) max( (int) $min, min( (int) $max, (int) $value ) );
	}
	// 'text': plain text, no tags, one line, bounded.
	$text = sanitize_text_field( $value );
	return '' === $text ? null : mb_substr( $text, 0, 200 );
}

/**
 * Attribute names as the element spells them: shortcode `heading_level` and block `headingLevel`
 * both become `heading-level`.
 *
 * @param string $name Raw name.
 * @return string
 */
function siar_attribute_name( $name ) {
	$name = preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', (string) $name );
	return strtolower( str_replace( '_', '-', $name ) );
}

/**
 * The HTML of one widget: the custom element with validated attributes and fallback links inside.
 * Every value in the output is escaped here.
 *
 * @param string $widget Widget key ('releases', …).
 * @param mixed  $raw    Shortcode or block attributes.
 * @return string
 */
function siar_render_widget( $widget, $raw ) {
	$widgets = siar_widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return '';
	}
	$def   = $widgets[ $widget ];
	$raw   = is_array( $raw ) ? $raw : array();
	$atts  = array();
	$class = '';
	foreach ( $raw as $name => $value ) {
		if ( ! is_string( $name ) ) {
			continue;
		}
		if ( 'className' === $name && is_string( $value ) ) {
			$class = implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $value ) ) ) );
			continue;
		}
		$name = siar_attribute_name( $name );
		if ( ! isset( $def['atts'][ $name ] ) ) {
			continue;
		}
		$valid = siar_validate_attribute( $value, $def['atts'][ $name ] );
		if ( null !== $valid ) {
			$atts[ $name ] = $valid;
		}
	}

	$options = siar_options();
	if ( empty( $atts['src'] ) && empty( $atts['profile'] ) && '' !== $options['profile'] && 'social' !== $widget ) {
		$atts['profile'] = $options['profile'];
	}
	if ( 'social' === $widget && empty( $atts['profile'] ) && '' !== $options['profile'] && ! siar_has_accounts( $atts ) ) {
		$atts['profile'] = $options['profile'];
	}
	if ( empty( $atts['lang'] ) && '' !== $options['lang'] ) {
		$atts['lang'] = $options['lang'];
	}

	siar_enqueue_widget( $widget );

	$html = '<' . $def['tag'];
	if ( '' !== $class ) {
		$html .= ' class="' . esc_attr( $class ) . '"';
	}
	foreach ( $atts as $name => $value ) {
		$html .= ' ' . $name; // Names come from siar_widgets(), never from the author.
		if ( '' !== $value ) {
			$url   = in_array( $def['atts'][ $name ], array( 'url' ), true );
			$html .= '="' . ( $url ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) ) . '"';
		}
	}
	$html .= '>' . siar_render_fallback( $widget, $def, $atts ) . '</' . $def['tag'] . '>';
	return $html;
}

/**
 * Whether a social widget names accounts itself.
 *
 * @param array $atts Validated attributes.
 * @return bool
 */
function siar_has_accounts( $atts ) {
	foreach ( siar_social_urls() as $platform => $unused ) {
		if ( ! empty( $atts[ $platform ] ) ) {
			return true;
		}
	}
	return ! empty( $atts['twitter'] );
}

/**
 * Profile URLs of the social platforms, as <siar-social> builds them from handles.
 *
 * @return array<string,callable>
 */
function siar_social_urls() {
	$at = static function ( $h ) {
		return str_starts_with( $h, '@' ) ? $h : '@' . $h;
	};
	return array(
		'instagram' => static fn( $h ) => 'https://www.instagram.com/' . rawurlencode( $h ) . '/',
		'facebook'  => static fn( $h ) => 'https://www.facebook.com/' . rawurlencode( $h ),
		'youtube'   => static fn( $h ) => 'https://www.youtube.com/' . $at( rawurlencode( ltrim( $h, '@' ) ) ),
		'x'         => static fn( $h ) => 'https://x.com/' . rawurlencode( ltrim( $h, '@' ) ),
		'tiktok'    => static fn( $h ) => 'https://www.tiktok.com/' . $at( rawurlencode( ltrim( $h, '@' ) ) ),
		'whatsapp'  => static fn( $h ) => 'https://whatsapp.com/channel/' . rawurlencode( $h ),
		'threads'   => static fn( $h ) => 'https://www.threads.net/' . $at( rawurlencode( ltrim( $h, '@' ) ) ),
		'telegram'  => static fn( $h ) => 'https://t.me/' . rawurlencode( ltrim( $h, '@' ) ),
		'linkedin'  => static fn( $h ) => 'https://www.linkedin.com/company/' . rawurlencode( $h ),
	);
}

/**
 * The fallback inside the element: the latest items as plain links (title, date), read on the server.
 * The widget replaces it when it runs; without JavaScript it is what the reader gets.
 *
 * @param string $widget Widget key.
 * @param array  $def    Widget definition.
 * @param array  $atts   Validated attributes.
 * @return string
 */
function siar_render_fallback( $widget, $def, $atts ) {
	if ( '' === $def['list'] || ! apply_filters( 'siar_server_fallback', true, $widget, $atts ) ) {
		return '';
	}
	$limit = isset( $atts['limit'] ) && (int) $atts['limit'] > 0 ? (int) $atts['limit'] : $def['limit'];
	$links = array();
	if ( 'social' === $widget ) {
		$handles = array();
		if ( ! empty( $atts['profile'] ) ) {
			$handles = siar_profile_social( $atts['profile'] );
		}
		foreach ( siar_social_urls() as $platform => $unused ) {
			$value = $atts[ $platform ] ?? ( 'x' === $platform ? ( $atts['twitter'] ?? '' ) : '' );
			if ( '' !== $value ) {
				$handles[ $platform ] = $value;
			}
		}
		$urls  = siar_social_urls();
		$names = array(
			'instagram' => 'Instagram',
			'facebook'  => 'Facebook',
			'youtube'   => 'YouTube',
			'x'         => 'X',
			'tiktok'    => 'TikTok',
			'whatsapp'  => 'WhatsApp',
			'threads'   => 'Threads',
			'telegram'  => 'Telegram',
			'linkedin'  => 'LinkedIn',
		);
		foreach ( $handles as $platform => $handle ) {
			$platform = 'twitter' === $platform ? 'x' : $platform;
			if ( ! isset( $urls[ $platform ] ) || '' === $handle ) {
				continue;
			}
			$url     = preg_match( '#^https?://#i', $handle ) ? siar_valid_url( $handle, false ) : siar_valid_url( $urls[ $platform ]( $handle ), false );
			$links[] = array(
				'title' => $names[ $platform ],
				'url'   => $url,
				'time'  => 0,
			);
		}
		$links = array_slice( $links, 0, $limit );
	} else {
		$source = siar_resolve_source( $atts['src'] ?? '', $atts['profile'] ?? '', $def['role'] );
		if ( '' !== $source ) {
			$links = siar_fallback_links( siar_get_document( $source ), $def['list'], $limit, $atts['time-zone'] ?? 'Asia/Jakarta' );
		}
	}
	if ( ! $links ) {
		return '';
	}
	$html = '<ul class="siar-fallback">';
	foreach ( $links as $link ) {
		$html .= '<li>';
		$html .= '' !== $link['url']
			? '<a href="' . esc_url( $link['url'], array( 'http', 'https' ) ) . '">' . esc_html( $link['title'] ) . '</a>'
			: esc_html( $link['title'] );
		if ( $link['time'] > 0 ) {
			$html .= ' <time datetime="' . esc_attr( gmdate( 'c', $link['time'] ) ) . '">' . esc_html( wp_date( (string) get_option( 'date_format' ), $link['time'] ) ) . '</time>';
		}
		$html .= '</li>';
	}
	return $html . '</ul>';
}

/**
 * Registers one module script per widget: the bundled copy (default) or the pinned CDN.
 */
function siar_register_assets() {
	$options = siar_options();
	$cdn     = 'cdn' === $options['source'] && '' !== $options['cdn_base'];
	foreach ( siar_widgets() as $widget => $def ) {
		$file = 'elements/' . $def['tag'] . '.js';
		$src  = $cdn ? $options['cdn_base'] . $file : SIAR_URL . 'assets/' . $file;
		wp_register_script( 'siar-' . $widget, $src, array(), $cdn ? null : SIAR_VERSION, true );
	}
}

/**
 * Enqueues a widget's script (called while the widget renders, so only pages using one load it).
 *
 * @param string $widget Widget key.
 */
function siar_enqueue_widget( $widget ) {
	if ( is_admin() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return; // The editor preview shows the server-side links only.
	}
	wp_enqueue_script( 'siar-' . $widget );
}

/**
 * Prints Siar's scripts as ES modules; with the pinned CDN, with their SRI hashes.
 *
 * @param string $tag    Tag WordPress built.
 * @param string $handle Script handle.
 * @param string $src    Script URL.
 * @return string
 */
function siar_script_tag( $tag, $handle, $src ) {
	if ( ! str_starts_with( $handle, 'siar-' ) || 'siar-blocks-editor' === $handle ) {
		return $tag;
	}
	$widget = substr( $handle, 5 );
	$defs   = siar_widgets();
	if ( ! isset( $defs[ $widget ] ) ) {
		return $tag;
	}
	$extra   = '';
	$options = siar_options();
	if ( 'cdn' === $options['source'] && '' !== $options['cdn_base'] ) {
		$sri  = siar_sri();
		$hash = $sri['files'][ 'elements/' . $defs[ $widget ]['tag'] . '.js' ] ?? '';
		if ( is_string( $hash ) && preg_match( '#^sha(256|384|512)-[A-Za-z0-9+/=]+$#', $hash ) ) {
			$extra = ' integrity="' . esc_attr( $hash ) . '" crossorigin="anonymous"';
		}
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( $handle ) . '-js"' . $extra . '></script>' . "\n";
}

/**
 * With the pinned CDN, an import map carrying the SRI hash of every file the widgets import.
 */
function siar_print_import_map() {
	$options = siar_options();
	if ( 'cdn' !== $options['source'] || '' === $options['cdn_base'] ) {
		return;
	}
	$used = false;
	foreach ( array_keys( siar_widgets() ) as $widget ) {
		$used = $used || wp_script_is( 'siar-' . $widget, 'enqueued' );
	}
	$sri = siar_sri();
	if ( ! $used || empty( $sri['files'] ) || ! is_array( $sri['files'] ) ) {
		return;
	}
	$integrity = array();
	foreach ( $sri['files'] as $file => $hash ) {
		if ( is_string( $file ) && is_string( $hash ) && preg_match( '#^[A-Za-z0-9/_.-]+\.js$#', $file ) ) {
			$integrity[ esc_url_raw( $options['cdn_base'] . $file ) ] = $hash;
		}
	}
	echo '<script type="importmap">' . wp_json_encode( array( 'integrity' => $integrity ), JSON_UNESCAPED_SLASHES | JSON_HEX_TAG | JSON_HEX_AMP ) . "</script>\n";
}

/**
 * Registers [siar_releases], [siar_videos], [siar_directory], [siar_social] (and [siar_alert]).
 */
function siar_register_shortcodes() {
	foreach ( array_keys( siar_widgets() ) as $widget ) {
		add_shortcode(
			'siar_' . $widget,
			static function ( $atts ) use ( $widget ) {
				return siar_render_widget( $widget, is_array( $atts ) ? $atts : array() );
			}
		);
	}
}

/**
 * Registers the dynamic blocks (blocks/<name>/block.json) and their shared editor script.
 */
function siar_register_blocks() {
	wp_register_script(
		'siar-blocks-editor',
		SIAR_URL . 'blocks/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		SIAR_VERSION,
		true
	);
	wp_add_inline_script( 'siar-blocks-editor', 'window.siarBlocks = ' . wp_json_encode( array_keys( siar_widgets() ) ) . ';', 'before' );
	wp_set_script_translations( 'siar-blocks-editor', 'siar', SIAR_DIR . 'languages' );
	foreach ( array_keys( siar_widgets() ) as $widget ) {
		if ( is_readable( SIAR_DIR . 'blocks/' . $widget . '/block.json' ) ) {
			register_block_type( SIAR_DIR . 'blocks/' . $widget );
		}
	}
}
