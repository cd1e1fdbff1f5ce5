<?php
/**
 * Server rendering of the siar/social block (same output as [siar_social]).
 *
 * @package Siar
 * @var array $attributes Block attributes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped in siar_render_widget().
echo siar_render_widget( 'social', $attributes );
