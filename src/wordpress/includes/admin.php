<?php
/**
 * Settings → Siar (per site), and Network Settings → Siar (network-wide defaults on multisite).
 *
 * @package Siar
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_init', 'siar_admin_init' );
add_action( 'admin_menu', 'siar_admin_menu' );
add_action( 'network_admin_menu', 'siar_network_admin_menu' );
add_action( 'network_admin_edit_siar_network', 'siar_save_network_settings' );

/**
 * Registers the site setting (the Settings API checks manage_options and the nonce on save).
 */
function siar_admin_init() {
	register_setting(
		'siar',
		'siar_options',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'siar_sanitize_site_options',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Adds Settings → Siar.
 */
function siar_admin_menu() {
	add_options_page( __( 'Siar settings', 'siar' ), 'Siar', 'manage_options', 'siar', 'siar_render_settings_page' );
}

/**
 * Adds Network Admin → Settings → Siar.
 */
function siar_network_admin_menu() {
	add_submenu_page( 'settings.php', __( 'Siar network defaults', 'siar' ), 'Siar', 'manage_network_options', 'siar-network', 'siar_render_network_page' );
}

/**
 * The form fields, shared by the site and the network page.
 *
 * @param string $name   Input name prefix (option name).
 * @param array  $values Saved values.
 * @param bool   $site   Whether this is a site of a network (empty = network default).
 */
function siar_settings_fields( $name, $values, $site ) {
	$values   = wp_parse_args( is_array( $values ) ? $values : array(), array_fill_keys( array_keys( siar_option_defaults() ), '' ) );
	$inherit  = $site && is_multisite();
	$defaults = siar_option_defaults();
	$source   = ( ! $inherit && '' === $values['source'] ) ? 'bundled' : $values['source'];
	?>
	<table class="form-table" role="presentation">
		<tr>
			<th scope="row"><label for="siar-profile"><?php esc_html_e( 'Province profile URL', 'siar' ); ?></label></th>
			<td>
				<input type="url" class="regular-text code" id="siar-profile" name="<?php echo esc_attr( $name ); ?>[profile]" value="<?php echo esc_attr( $values['profile'] ); ?>" placeholder="https://contohprov.go.id/siar/siar.json" />
				<p class="description"><?php esc_html_e( 'The siar.json your province publishes. Widgets without their own src read their feeds from it.', 'siar' ); ?><?php echo $inherit ? ' ' . esc_html__( 'Empty: the network default.', 'siar' ) : ''; ?></p>
			</td>
		</tr>
		<tr>
			<th scope="row"><?php esc_html_e( 'Load Siar from', 'siar' ); ?></th>
			<td>
				<fieldset>
					<?php if ( $inherit ) : ?>
						<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[source]" value="" <?php checked( $source, '' ); ?> /> <?php esc_html_e( 'The network default', 'siar' ); ?></label><br />
					<?php endif; ?>
					<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[source]" value="bundled" <?php checked( $source, 'bundled' ); ?> /> <?php esc_html_e( 'The copy bundled with this plugin (recommended: no third-party request)', 'siar' ); ?></label><br />
					<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[source]" value="cdn" <?php checked( $source, 'cdn' ); ?> /> <?php esc_html_e( 'A pinned CDN, checked with Subresource Integrity', 'siar' ); ?></label>
				</fieldset>
			</td>
		</tr>
		<tr>
			<th scope="row"><label for="siar-cdn"><?php esc_html_e( 'CDN address', 'siar' ); ?></label></th>
			<td>
				<input type="url" class="regular-text code" id="siar-cdn" name="<?php echo esc_attr( $name ); ?>[cdn_base]" value="<?php echo esc_attr( $values['cdn_base'] ); ?>" placeholder="<?php echo esc_attr( $defaults['cdn_base'] ); ?>" />
				<p class="description"><?php esc_html_e( 'The folder holding siar.js of the same version as this plugin (its SRI hashes are those of the bundled copy).', 'siar' ); ?></p>
			</td>
		</tr>
		<tr>
			<th scope="row"><label for="siar-lang"><?php esc_html_e( 'Default language', 'siar' ); ?></label></th>
			<td>
				<select id="siar-lang" name="<?php echo esc_attr( $name ); ?>[lang]">
					<option value="" <?php selected( $values['lang'], '' ); ?>><?php echo esc_html( $inherit ? __( 'The network default', 'siar' ) : __( 'The page language', 'siar' ) ); ?></option>
					<option value="id" <?php selected( $values['lang'], 'id' ); ?>>Bahasa Indonesia</option>
					<option value="en" <?php selected( $values['lang'], 'en' ); ?>>English</option>
				</select>
			</td>
		</tr>
	</table>
	<?php
}

/**
 * Settings → Siar.
 */
function siar_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'siar' ), 403 );
	}
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Siar settings', 'siar' ); ?></h1>
		<form method="post" action="options.php">
			<?php
			settings_fields( 'siar' );
			siar_settings_fields( 'siar_options', get_option( 'siar_options', array() ), true );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Shortcodes', 'siar' ); ?></h2>
		<p><code>[siar_releases limit="5"]</code> <code>[siar_videos]</code> <code>[siar_directory]</code> <code>[siar_social]</code></p>
	</div>
	<?php
}

/**
 * Network Admin → Settings → Siar.
 */
function siar_render_network_page() {
	if ( ! current_user_can( 'manage_network_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'siar' ), 403 );
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
	if ( isset( $_GET['updated'] ) ) {
		echo '<div class="notice notice-success is-dismissible"><p>' . esc_html__( 'Settings saved.', 'siar' ) . '</p></div>';
	}
	settings_errors( 'siar_network_options' );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Siar network defaults', 'siar' ); ?></h1>
		<p><?php esc_html_e( 'Every site of the network uses these values unless its own Settings → Siar page sets another.', 'siar' ); ?></p>
		<form method="post" action="<?php echo esc_url( network_admin_url( 'edit.php?action=siar_network' ) ); ?>">
			<?php
			wp_nonce_field( 'siar_network-options' );
			siar_settings_fields( 'siar_network_options', get_site_option( 'siar_network_options', array() ), false );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * Saves the network defaults (capability and nonce checked).
 */
function siar_save_network_settings() {
	check_admin_referer( 'siar_network-options' );
	if ( ! current_user_can( 'manage_network_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'siar' ), 403 );
	}
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized field by field below.
	$input = isset( $_POST['siar_network_options'] ) && is_array( $_POST['siar_network_options'] ) ? wp_unslash( $_POST['siar_network_options'] ) : array();
	$clean = siar_sanitize_settings( $input, get_site_option( 'siar_network_options', array() ), 'siar_network_options' );
	update_site_option( 'siar_network_options', $clean );
	$errors = get_settings_errors( 'siar_network_options' );
	if ( $errors ) {
		set_transient( 'settings_errors', $errors, 30 );
	}
	wp_safe_redirect( add_query_arg( array( 'page' => 'siar-network', 'updated' => $errors ? false : 'true', 'settings-updated' => 'true' ), network_admin_url( 'settings.php' ) ) );
	exit;
}
