<?php
/**
 * Options: per-site settings over network-wide defaults, and the validators shared with the shortcodes.
 *
 * @package Siar
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The option keys and their built-in defaults. An empty per-site value means "use the network default".
 *
 * @return array<string,string>
 */
function siar_option_defaults() {
	return array(
		'profile'  => '',
		'source'   => 'bundled',
		'cdn_base' => siar_default_cdn_base(),
		'lang'     => '',
	);
}

/**
 * The pinned CDN directory of the release bundled with the plugin (from its sri.json).
 *
 * @return string
 */
function siar_default_cdn_base() {
	$sri = siar_sri();
	if ( ! empty( $sri['url'] ) && is_string( $sri['url'] ) ) {
		return trailingslashit( dirname( $sri['url'] ) );
	}
	return '';
}

/**
 * The bundled release's SRI manifest (assets/sri.json), read once per request.
 *
 * @return array<string,mixed>
 */
function siar_sri() {
	static $sri = null;
	if ( null === $sri ) {
		$sri  = array();
		$file = SIAR_DIR . 'assets/sri.json';
		if ( is_readable( $file ) ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- local file.
			$data = json_decode( (string) file_get_contents( $file ), true );
			if ( is_array( $data ) ) {
				$sri = $data;
			}
		}
	}
	return $sri;
}

/**
 * The effective settings: this site's values, else the network's, else the defaults.
 *
 * @return array<string,string>
 */
function siar_options() {
	$defaults = siar_option_defaults();
	$site     = get_option( 'siar_options', array() );
	$network  = is_multisite() ? get_site_option( 'siar_network_options', array() ) : array();
	$site     = is_array( $site ) ? $site : array();
	$network  = is_array( $network ) ? $network : array();
	$out      = array();
	foreach ( $defaults as $key => $default ) {
		if ( isset( $site[ $key ] ) && '' !== $site[ $key ] ) {
			$out[ $key ] = (string) $site[ $key ];
		} elseif ( isset( $network[ $key ] ) && '' !== $network[ $key ] ) {
			$out[ $key ] = (string) $network[ $key ];
		} else {
			$out[ $key ] = $default;
		}
	}
	return $out;
}

/**
 * An absolute http(s) URL with a host, or a root-relative path; anything else gives ''.
 * Quotes, spaces, angle brackets and control characters are never part of a valid value.
 *
 * @param mixed $value     Raw value.
 * @param bool  $relative  Whether a root-relative path ("/feeds/x.json") is accepted.
 * @param bool  $https     Whether only https is accepted.
 * @return string
 */
function siar_valid_url( $value, $relative = true, $https = false ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$value = trim( $value );
	if ( '' === $value || strlen( $value ) > 2048 || preg_match( '/[\s"\'<>`\\\\\x00-\x1f\x7f]/', $value ) ) {
		return '';
	}
	if ( $relative && '/' === $value[0] && ( ! isset( $value[1] ) || '/' !== $value[1] ) ) {
		return esc_url_raw( $value, array( 'http', 'https' ) );
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	$scheme = strtolower( $parts['scheme'] );
	$allow  = $https ? array( 'https' ) : array( 'http', 'https' );
	if ( ! in_array( $scheme, $allow, true ) ) {
		return '';
	}
	return esc_url_raw( $value, $allow );
}

/**
 * A language tag the widgets accept ("id", "en", "id-ID"), or ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function siar_valid_lang( $value ) {
	return is_string( $value ) && preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/', $value ) ? $value : '';
}

/**
 * Sanitizes a settings form (site or network; values already unslashed). Invalid URLs are refused with a message and the
 * previous value is kept.
 *
 * @param mixed  $input    Submitted values.
 * @param array  $previous Values saved before.
 * @param string $setting  Settings-error slug.
 * @return array<string,string>
 */
function siar_sanitize_settings( $input, $previous, $setting ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = is_array( $previous ) ? $previous : array();
	$out      = array();

	$profile = isset( $input['profile'] ) ? trim( (string) $input['profile'] ) : '';
	if ( '' === $profile ) {
		$out['profile'] = '';
	} else {
		$valid = siar_valid_url( $profile, false );
		if ( '' === $valid ) {
			$out['profile'] = isset( $previous['profile'] ) ? (string) $previous['profile'] : '';
			siar_settings_error( $setting, 'siar-profile', __( 'The province profile must be an http:// or https:// address. The previous value was kept.', 'siar' ) );
		} else {
			$out['profile'] = $valid;
		}
	}

	$source        = isset( $input['source'] ) ? sanitize_key( $input['source'] ) : '';
	$out['source'] = in_array( $source, array( 'bundled', 'cdn' ), true ) ? $source : '';

	$cdn = isset( $input['cdn_base'] ) ? trim( (string) $input['cdn_base'] ) : '';
	if ( '' === $cdn ) {
		$out['cdn_base'] = '';
	} else {
		$valid = siar_valid_url( $cdn, false, true );
		if ( '' === $valid ) {
			$out['cdn_base'] = isset( $previous['cdn_base'] ) ? (string) $previous['cdn_base'] : '';
			siar_settings_error( $setting, 'siar-cdn', __( 'The CDN address must start with https://. The previous value was kept.', 'siar' ) );
		} else {
			$out['cdn_base'] = trailingslashit( $valid );
		}
	}

	$lang        = isset( $input['lang'] ) ? sanitize_text_field( (string) $input['lang'] ) : '';
	$out['lang'] = in_array( $lang, array( 'id', 'en' ), true ) ? $lang : '';

	return $out;
}

/**
 * Reports a refused value on the settings screen (outside wp-admin, e.g. update_option() from
 * WP-CLI, there is no screen: the value is still refused).
 *
 * @param string $setting Settings-error slug.
 * @param string $code    Error code.
 * @param string $message Message.
 */
function siar_settings_error( $setting, $code, $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( $setting, $code, $message, 'error' );
	}
}

/**
 * Sanitize callback of the site option (register_setting).
 *
 * @param mixed $input Submitted values.
 * @return array<string,string>
 */
function siar_sanitize_site_options( $input ) {
	// On a first save add_option() runs this again on the clean values: valid values pass unchanged.
	return siar_sanitize_settings( $input, get_option( 'siar_options', array() ), 'siar_options' );
}
