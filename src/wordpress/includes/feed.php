<?php
/**
 * Server-side fallback data: feeds fetched with the WordPress HTTP API, kept in transients.
 *
 * A copy is fresh for the feed's Cache-Control max-age (60 s to 1 day, 5 min when absent); after that
 * the next page view revalidates it (ETag / Last-Modified). A failing or slow feed keeps the last good
 * copy (kept 7 days) and is not retried for 5 minutes. All fetches of one page share a time budget, so
 * a dead feed never adds more than that to the page.
 *
 * @package Siar
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SIAR_KEEP_SECONDS  = WEEK_IN_SECONDS;
const SIAR_RETRY_SECONDS = 300;

/**
 * Seconds one page may spend fetching feeds (all fetches together). Filterable: `siar_fetch_budget`.
 *
 * @return float
 */
function siar_fetch_budget() {
	return (float) apply_filters( 'siar_fetch_budget', 2.0 );
}

/**
 * A document (feed, profile or directory) as parsed data, from the transient cache or the network.
 *
 * @param string $url Absolute http(s) URL.
 * @return array|null Parsed data: array( 'kind' => 'feed'|'json', 'data' => … ), or null when unknown.
 */
function siar_get_document( $url ) {
	static $spent = 0.0;
	static $memo  = array();
	if ( isset( $memo[ $url ] ) ) {
		return $memo[ $url ];
	}
	$key    = 'siar_doc_' . md5( $url );
	$cached = get_transient( $key );
	$cached = is_array( $cached ) ? $cached : null;
	$now    = time();

	if ( $cached && $cached['fresh_until'] > $now ) {
		$memo[ $url ] = $cached['doc'];
		return $cached['doc'];
	}

	$left = siar_fetch_budget() - $spent;
	if ( $left < 0.2 ) {
		return $cached ? $cached['doc'] : null;
	}

	$headers = array( 'Accept' => 'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5' );
	if ( $cached && ! empty( $cached['etag'] ) ) {
		$headers['If-None-Match'] = $cached['etag'];
	}
	if ( $cached && ! empty( $cached['modified'] ) ) {
		$headers['If-Modified-Since'] = $cached['modified'];
	}

	$start    = microtime( true );
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => max( 0.2, min( $left, 2.0 ) ),
			'redirection'         => 2,
			'limit_response_size' => 2 * MB_IN_BYTES,
			'headers'             => $headers,
			'user-agent'          => 'Siar-WordPress/' . SIAR_VERSION . '; ' . home_url( '/' ),
		)
	);
	$spent += microtime( true ) - $start;

	$code = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
	$doc  = null;
	if ( 200 === $code ) {
		$doc = siar_parse_document( (string) wp_remote_retrieve_body( $response ), (string) wp_remote_retrieve_header( $response, 'content-type' ), $url );
	} elseif ( 304 === $code && $cached ) {
		$doc = $cached['doc'];
	}

	if ( null === $doc ) {
		// Failure: keep the last good copy, and do not ask again for a while.
		if ( $cached ) {
			$cached['fresh_until'] = $now + SIAR_RETRY_SECONDS;
			set_transient( $key, $cached, SIAR_KEEP_SECONDS );
			$memo[ $url ] = $cached['doc'];
			return $cached['doc'];
		}
		set_transient(
			$key,
			array(
				'fresh_until' => $now + SIAR_RETRY_SECONDS,
				'doc'         => null,
			),
			SIAR_RETRY_SECONDS
		);
		$memo[ $url ] = null;
		return null;
	}

	$entry = array(
		'fresh_until' => $now + siar_max_age( $response ),
		'doc'         => $doc,
		'etag'        => 200 === $code ? (string) wp_remote_retrieve_header( $response, 'etag' ) : ( $cached['etag'] ?? '' ),
		'modified'    => 200 === $code ? (string) wp_remote_retrieve_header( $response, 'last-modified' ) : ( $cached['modified'] ?? '' ),
	);
	set_transient( $key, $entry, SIAR_KEEP_SECONDS );
	$memo[ $url ] = $doc;
	return $doc;
}

/**
 * Freshness from the response's Cache-Control (max-age, no-cache/no-store → 60 s), clamped to 60 s … 1 day.
 *
 * @param array|WP_Error $response HTTP response.
 * @return int Seconds.
 */
function siar_max_age( $response ) {
	$cc  = strtolower( (string) wp_remote_retrieve_header( $response, 'cache-control' ) );
	$age = 300;
	if ( preg_match( '/(?:^|,)\s*(?:no-cache|no-store)\b/', $cc ) ) {
		$age = 60;
	} elseif ( preg_match( '/(?:^|,)\s*max-age\s*=\s*(\d+)/', $cc, $m ) ) {
		$age = (int) $m[1];
	}
	return max( 60, min( DAY_IN_SECONDS, $age ) );
}

/**
 * Parses JSON (JSON Feed, profile, directory) or XML (RSS 2.0, RSS 1.0, Atom). No DTDs, no network.
 *
 * @param string $body         Response body.
 * @param string $content_type Content-Type header.
 * @param string $base         URL the body came from (relative links resolve against it).
 * @return array|null
 */
function siar_parse_document( $body, $content_type, $base ) {
	$body = ltrim( $body, "\xEF\xBB\xBF \t\r\n" );
	if ( '' === $body ) {
		return null;
	}
	if ( '{' === $body[0] ) {
		$data = json_decode( $body, true, 32 );
		return is_array( $data ) ? array(
			'kind' => 'json',
			'base' => $base,
			'data' => $data,
		) : null;
	}
	// No DTD anywhere: no entity expansion, no external entities (feeds never need one). Without PHP's
	// XML extension (php-xml) an RSS/Atom feed simply has no server-side fallback.
	if ( '<' !== $body[0] || ! function_exists( 'simplexml_load_string' ) || false !== stripos( $body, '<!DOCTYPE' ) || false !== stripos( $body, '<!ENTITY' ) ) {
		return null;
	}
	$previous = libxml_use_internal_errors( true );
	$xml      = simplexml_load_string( $body, 'SimpleXMLElement', LIBXML_NONET | LIBXML_NOCDATA | LIBXML_COMPACT );
	libxml_clear_errors();
	libxml_use_internal_errors( $previous );
	if ( false === $xml ) {
		return null;
	}
	$items = array();
	$root  = $xml->getName();
	if ( 'feed' === $root ) {
		foreach ( $xml->children( 'http://www.w3.org/2005/Atom' )->entry as $entry ) {
			$href = '';
			foreach ( $entry->link as $link ) {
				$attrs = $link->attributes( '' ); // Unprefixed attributes of an Atom-namespaced element.
				$rel   = (string) $attrs['rel'];
				if ( '' === $rel || 'alternate' === $rel ) {
					$href = (string) $attrs['href'];
					break;
				}
			}
			$published = (string) $entry->published;
			$items[]   = array(
				'title' => (string) $entry->title,
				'url'   => $href,
				'date'  => '' !== $published ? $published : (string) $entry->updated,
			);
		}
	} else {
		$list = 'rss' === $root ? $xml->channel->item : $xml->children( 'http://purl.org/rss/1.0/' )->item;
		foreach ( $list ?? array() as $item ) {
			$dc      = $item->children( 'http://purl.org/dc/elements/1.1/' );
			$items[] = array(
				'title' => (string) $item->title,
				'url'   => (string) $item->link,
				'date'  => (string) $item->pubDate ? (string) $item->pubDate : (string) $dc->date,
			);
		}
	}
	return array(
		'kind' => 'feed',
		'base' => $base,
		'data' => array( 'items' => $items ),
	);
}

/**
 * Up to $limit fallback links from a document: array( title, url, time ) with http(s) URLs only.
 *
 * @param array|null $doc   Parsed document.
 * @param string     $what  'items' (releases, videos) or 'agencies' (directory).
 * @param int        $limit Maximum number of links.
 * @param string     $time_zone Zone of a date written without one (the widget's time-zone; WIB by default).
 * @return array<int,array{title:string,url:string,time:int}>
 */
function siar_fallback_links( $doc, $what, $limit, $time_zone = 'Asia/Jakarta' ) {
	if ( ! is_array( $doc ) || ! is_array( $doc['data'] ?? null ) ) {
		return array();
	}
	$data = $doc['data'];
	$out  = array();
	$rows = 'agencies' === $what ? ( $data['agencies'] ?? array() ) : ( $data['items'] ?? array() );
	if ( ! is_array( $rows ) ) {
		return array();
	}
	foreach ( $rows as $row ) {
		if ( count( $out ) >= $limit ) {
			break;
		}
		if ( ! is_array( $row ) ) {
			continue;
		}
		if ( 'agencies' === $what ) {
			$title = (string) ( $row['name'] ?? '' );
			$url   = (string) ( $row['website'] ?? '' );
			$date  = '';
		} else {
			$title = (string) ( $row['title'] ?? '' );
			$url   = (string) ( $row['url'] ?? ( $row['external_url'] ?? '' ) );
			$date  = (string) ( $row['date_published'] ?? ( $row['date'] ?? '' ) );
		}
		$title = trim( preg_replace( '/\s+/u', ' ', wp_strip_all_tags( html_entity_decode( $title, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) ) );
		if ( '' !== $url ) {
			$url = siar_valid_url( WP_Http::make_absolute_url( $url, $doc['base'] ), false );
		}
		if ( '' === $title ) {
			continue;
		}
		$out[] = array(
			'title' => wp_html_excerpt( $title, 300, '…' ),
			'url'   => $url,
			'time'  => '' !== $date ? siar_parse_date( $date, $time_zone ) : 0,
		);
	}
	return $out;
}

/**
 * The URL a widget reads: its own src, else the one named by the province profile.
 *
 * @param string $src     Validated src ('' when none).
 * @param string $profile Validated profile URL ('' when none).
 * @param string $role    Profile key: 'releases', 'videos', 'alerts' (in feeds) or 'directory'.
 * @return string Absolute URL or ''.
 */
function siar_resolve_source( $src, $profile, $role ) {
	if ( '' !== $src ) {
		return siar_valid_url( WP_Http::make_absolute_url( $src, home_url( '/' ) ), false );
	}
	if ( '' === $profile ) {
		return '';
	}
	$profile_url = siar_valid_url( WP_Http::make_absolute_url( $profile, home_url( '/' ) ), false );
	$doc         = '' !== $profile_url ? siar_get_document( $profile_url ) : null;
	if ( ! is_array( $doc ) || 'json' !== $doc['kind'] ) {
		return '';
	}
	$data = $doc['data'];
	$ref  = 'directory' === $role ? ( $data['directory'] ?? '' ) : ( $data['feeds'][ $role ] ?? '' );
	if ( ! is_string( $ref ) || '' === $ref ) {
		return '';
	}
	return siar_valid_url( WP_Http::make_absolute_url( $ref, $profile_url ), false );
}

/**
 * The profile's social accounts (handles or URLs by platform), if the profile is readable.
 *
 * @param string $profile Validated profile URL.
 * @return array<string,string>
 */
function siar_profile_social( $profile ) {
	if ( '' === $profile ) {
		return array();
	}
	$profile_url = siar_valid_url( WP_Http::make_absolute_url( $profile, home_url( '/' ) ), false );
	$doc         = '' !== $profile_url ? siar_get_document( $profile_url ) : null;
	$social      = is_array( $doc ) && 'json' === $doc['kind'] ? ( $doc['data']['social'] ?? array() ) : array();
	$out         = array();
	if ( is_array( $social ) ) {
		foreach ( $social as $name => $value ) {
			if ( is_string( $name ) && is_string( $value ) ) {
				$out[ 'whatsapp_channel' === $name ? 'whatsapp' : $name ] = $value;
			}
		}
	}
	return $out;
}

/**
 * A feed date as a Unix time, or 0 when it cannot be read with certainty: RFC 3339 / ISO 8601,
 * RFC 822 as RSS generators write it, and the Indonesian forms government CMSs put in pubDate
 * ("Selasa, 17 November 2026 08:30 WITA", "17/11/2026 08.30 WIB"). Same rules as the widgets'
 * parser (src/feed/dates.ts), in short.
 *
 * @param string $text      Date text.
 * @param string $time_zone IANA zone of a date written without a zone.
 * @return int
 */
function siar_parse_date( $text, $time_zone = 'Asia/Jakarta' ) {
	try {
		$zone = new DateTimeZone( $time_zone );
	} catch ( Exception $e ) {
		$zone = new DateTimeZone( 'Asia/Jakarta' );
	}
	$text = strtolower( trim( (string) $text ) );
	if ( preg_match( '/^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/', $text, $m ) ) {
		$parts = array( (int) $m[1], (int) $m[2], (int) $m[3], (int) ( $m[4] ?? 0 ), (int) ( $m[5] ?? 0 ), (int) ( $m[6] ?? 0 ) );
		$tz    = empty( $m[7] ) ? $zone : new DateTimeZone( 'z' === $m[7] ? 'UTC' : $m[7] );
		return siar_make_time( $parts, $tz );
	}
	$months = array(
		'jan' => 1, 'januari' => 1, 'january' => 1, 'feb' => 2, 'peb' => 2, 'februari' => 2, 'pebruari' => 2, 'february' => 2,
		'mar' => 3, 'maret' => 3, 'march' => 3, 'apr' => 4, 'april' => 4, 'may' => 5, 'mei' => 5, 'jun' => 6, 'juni' => 6, 'june' => 6,
		'jul' => 7, 'juli' => 7, 'july' => 7, 'aug' => 8, 'agu' => 8, 'agt' => 8, 'ags' => 8, 'agustus' => 8, 'august' => 8,
		'sep' => 9, 'sept' => 9, 'september' => 9, 'oct' => 10, 'okt' => 10, 'oktober' => 10, 'october' => 10,
		'nov' => 11, 'nop' => 11, 'november' => 11, 'nopember' => 11, 'dec' => 12, 'des' => 12, 'desember' => 12, 'december' => 12,
	);
	$zones  = array( 'ut' => '+00:00', 'utc' => '+00:00', 'gmt' => '+00:00', 'z' => '+00:00', 'wib' => '+07:00', 'wita' => '+08:00', 'wit' => '+09:00', 'est' => '-05:00', 'edt' => '-04:00', 'cst' => '-06:00', 'cdt' => '-05:00', 'mst' => '-07:00', 'mdt' => '-06:00', 'pst' => '-08:00', 'pdt' => '-07:00' );
	$day    = 0;
	$month  = 0;
	$year   = 0;
	$time   = array( 0, 0, 0 );
	$tz     = $zone;
	foreach ( preg_split( '/[\s,]+/', str_replace( array( "'", '’' ), '', $text ) ) as $token ) {
		if ( '' === $token ) {
			continue;
		}
		if ( isset( $months[ $token ] ) ) {
			$month = $months[ $token ];
		} elseif ( isset( $zones[ $token ] ) ) {
			$tz = new DateTimeZone( $zones[ $token ] );
		} elseif ( preg_match( '/^([+-])(\d{2}):?(\d{2})$/', $token, $m ) ) {
			$tz = new DateTimeZone( $m[1] . $m[2] . ':' . $m[3] );
		} elseif ( preg_match( '/^(\d{1,2})([:.])(\d{2})(?:\2(\d{2}))?$/', $token, $m ) ) {
			$time = array( (int) $m[1], (int) $m[3], (int) ( $m[4] ?? 0 ) );
		} elseif ( preg_match( '/^(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})$/', $token, $m ) ) {
			list( $day, $month, $year ) = array( (int) $m[1], (int) $m[3], (int) $m[4] );
		} elseif ( preg_match( '/^\d{4}$/', $token ) ) {
			$year = (int) $token;
		} elseif ( preg_match( '/^\d{1,2}$/', $token ) && ! $day ) {
			$day = (int) $token;
		}
	}
	return $day && $month && $year ? siar_make_time( array( $year, $month, $day, $time[0], $time[1], $time[2] ), $tz ) : 0;
}

/**
 * Unix time of a wall-clock date in a zone, or 0 when the date does not exist (30 February).
 *
 * @param int[]        $p  Year, month, day, hour, minute, second.
 * @param DateTimeZone $tz Zone.
 * @return int
 */
function siar_make_time( $p, $tz ) {
	if ( ! checkdate( $p[1], $p[2], $p[0] ) || $p[3] > 23 || $p[4] > 59 || $p[5] > 60 ) {
		return 0;
	}
	$date = DateTimeImmutable::createFromFormat( '!Y-n-j G:i:s', sprintf( '%d-%d-%d %d:%02d:%02d', $p[0], $p[1], $p[2], $p[3], $p[4], min( 59, $p[5] ) ), $tz );
	return $date ? $date->getTimestamp() : 0;
}
