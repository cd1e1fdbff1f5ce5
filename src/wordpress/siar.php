<?php
/**
 * Plugin Name:       Siar
 * Description:       Official province press releases, videos, agency directory, social accounts and alerts as shortcodes and blocks, with server-side fallback links for readers without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Siar contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       siar
 * Domain Path:       /languages
 * Network:           false
 *
 * @package Siar
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SIAR_VERSION', '0.1.0' );
define( 'SIAR_FILE', __FILE__ );
define( 'SIAR_DIR', plugin_dir_path( __FILE__ ) );
define( 'SIAR_URL', plugin_dir_url( __FILE__ ) );

require_once SIAR_DIR . 'includes/options.php';
require_once SIAR_DIR . 'includes/feed.php';
require_once SIAR_DIR . 'includes/render.php';
require_once SIAR_DIR . 'includes/admin.php';

add_action( 'init', 'siar_load_textdomain', 0 );
add_action( 'init', 'siar_register_assets' );
add_action( 'init', 'siar_register_shortcodes' );
add_action( 'init', 'siar_register_blocks' );
add_filter( 'script_loader_tag', 'siar_script_tag', 10, 3 );
add_action( 'wp_footer', 'siar_print_import_map', 1 );

/**
 * Loads the plugin's translations (Bahasa Indonesia ships with the plugin).
 */
function siar_load_textdomain() {
	load_plugin_textdomain( 'siar', false, dirname( plugin_basename( SIAR_FILE ) ) . '/languages' );
}
